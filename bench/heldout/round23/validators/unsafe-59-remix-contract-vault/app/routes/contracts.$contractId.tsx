import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { db } from '~/db.server'
import { requireUserId } from '~/session.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserId(request)

  const contract = await db('contracts')
    .select('id', 'title', 'counterparty', 'value_cents', 'signed_at', 'file_url')
    .where({ id: params.contractId })
    .first()

  if (!contract) throw new Response('Not Found', { status: 404 })
  return json({ contract })
}

export default function ContractRoute() {
  const { contract } = useLoaderData<typeof loader>()
  return (
    <section>
      <h1>{contract.title}</h1>
      <dl>
        <dt>Counterparty</dt>
        <dd>{contract.counterparty}</dd>
        <dt>Value</dt>
        <dd>${(contract.value_cents / 100).toLocaleString()}</dd>
      </dl>
      <a href={contract.file_url}>Download PDF</a>
    </section>
  )
}
