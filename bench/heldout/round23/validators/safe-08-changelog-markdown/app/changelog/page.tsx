import { renderMarkdown } from '@/lib/render-markdown'
import { createClient } from '@/lib/supabase/server'

export const revalidate = 300

export default async function ChangelogPage() {
  const supabase = await createClient()
  const { data: entries } = await supabase
    .from('changelog_entries')
    .select('id, version, released_on, body_md')
    .eq('published', true)
    .order('released_on', { ascending: false })

  return (
    <main className="mx-auto max-w-2xl space-y-10 p-6">
      {(entries ?? []).map((entry) => (
        <article key={entry.id}>
          <h2 className="text-xl font-semibold">
            {entry.version} <small className="text-gray-500">{entry.released_on}</small>
          </h2>
          <div className="prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(entry.body_md) }} />
        </article>
      ))}
    </main>
  )
}
