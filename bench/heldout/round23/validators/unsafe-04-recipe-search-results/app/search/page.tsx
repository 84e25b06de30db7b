import Link from 'next/link'
import { createClient } from '@/lib/supabase/server'

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string }>
}) {
  const { q = '' } = await searchParams
  const supabase = await createClient()
  const { data: recipes } = await supabase
    .from('recipes')
    .select('id, title, minutes')
    .eq('is_public', true)
    .textSearch('title', q, { type: 'websearch' })
    .limit(30)

  const heading = q ? `Results for <mark>${q}</mark>` : 'All recipes'

  return (
    <main className="mx-auto max-w-4xl p-6">
      <h1 className="mb-4 text-2xl" dangerouslySetInnerHTML={{ __html: heading }} />
      <ul className="grid grid-cols-2 gap-4">
        {(recipes ?? []).map((r) => (
          <li key={r.id}>
            <Link href={`/recipes/${r.id}`}>{r.title}</Link> · {r.minutes} min
          </li>
        ))}
      </ul>
    </main>
  )
}
