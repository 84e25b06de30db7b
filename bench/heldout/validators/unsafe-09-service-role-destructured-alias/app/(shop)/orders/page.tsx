import { createClient as createSupabase } from '@supabase/supabase-js'

const { NEXT_PUBLIC_SUPABASE_URL: url, SUPABASE_SERVICE_ROLE_KEY: adminKey } = process.env

export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<{ email?: string }>
}) {
  const { email } = await searchParams
  const db = createSupabase(url!, adminKey!)
  const { data: orders } = await db
    .from('orders')
    .select('id, total_cents, status, created_at')
    .eq('customer_email', email ?? '')

  return (
    <section className="max-w-2xl mx-auto py-10">
      <h1 className="text-xl font-semibold">Your orders</h1>
      {orders?.map((o) => (
        <div key={o.id} className="flex justify-between border-b py-2">
          <span>#{o.id}</span>
          <span>{(o.total_cents / 100).toFixed(2)} €</span>
          <span>{o.status}</span>
        </div>
      ))}
    </section>
  )
}
