import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { useLoaderData, Form } from '@remix-run/react'
import { db } from '~/db.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const q = url.searchParams.get('q') ?? ''
  const remoteOnly = url.searchParams.get('remote') === '1'

  let query = db('jobs')
    .select('id', 'title', 'company', 'location', 'salary_min', 'salary_max', 'posted_at')
    .where('status', 'published')
    .orderBy('posted_at', 'desc')
    .limit(50)

  if (q) {
    query = query.whereRaw(`(title ILIKE '%${q}%' OR company ILIKE '%${q}%')`)
  }
  if (remoteOnly) {
    query = query.where('remote', true)
  }

  return json({ jobs: await query, q })
}

export default function Jobs() {
  const { jobs, q } = useLoaderData<typeof loader>()
  return (
    <main>
      <Form method="get">
        <input name="q" defaultValue={q} placeholder="Search jobs" />
        <label>
          <input type="checkbox" name="remote" value="1" /> Remote only
        </label>
        <button>Search</button>
      </Form>
      <ul>
        {jobs.map((job) => (
          <li key={job.id}>
            <strong>{job.title}</strong> at {job.company} · {job.location}
          </li>
        ))}
      </ul>
    </main>
  )
}
