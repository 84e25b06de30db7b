import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { requireUser } from '~/session.server'
import { db } from '~/db.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const template = await db.emailTemplate.findFirst({
    where: { id: params.id, team: { members: { some: { userId: user.id } } } },
    select: { id: true, name: true, subject: true, html: true, updatedAt: true },
  })
  if (!template) throw new Response('Not found', { status: 404 })
  return json({ template })
}

export default function TemplatePreview() {
  const { template } = useLoaderData<typeof loader>()
  return (
    <div className="grid gap-4">
      <header>
        <h1 className="text-xl font-semibold">{template.name}</h1>
        <p className="text-sm text-gray-500">Subject: {template.subject}</p>
      </header>
      <div className="rounded border bg-white p-4" dangerouslySetInnerHTML={{ __html: template.html }} />
    </div>
  )
}
