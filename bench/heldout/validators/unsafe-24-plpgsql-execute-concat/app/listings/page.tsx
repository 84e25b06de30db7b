import { createClient } from '@/lib/supabase/server'

export default async function Listings({ searchParams }: { searchParams: Promise<{ q?: string; sort?: string }> }) {
  const { q = '', sort = 'created_at' } = await searchParams
  const supabase = await createClient()
  const { data } = await supabase.rpc('search_listings', { search: q, order_by: sort })
  return (
    <ul>
      {data?.map((l: { id: string; title: string }) => <li key={l.id}>{l.title}</li>)}
    </ul>
  )
}
