import { notFound } from 'next/navigation'
import { createClient } from '@/lib/supabase/server'

export default async function ThreadPage({ params }: { params: Promise<{ threadId: string }> }) {
  const { threadId } = await params
  const supabase = await createClient()

  const { data: thread } = await supabase
    .from('threads')
    .select('id, title, created_at, replies(id, body_html, created_at, author:profiles(username))')
    .eq('id', threadId)
    .order('created_at', { referencedTable: 'replies', ascending: true })
    .single()

  if (!thread) notFound()

  return (
    <article className="mx-auto max-w-3xl space-y-6 p-6">
      <h1 className="text-3xl font-bold">{thread.title}</h1>
      {thread.replies.map((reply) => (
        <section key={reply.id} className="rounded-lg border p-4">
          <p className="mb-2 text-sm text-muted-foreground">@{reply.author?.username}</p>
          <div className="prose" dangerouslySetInnerHTML={{ __html: reply.body_html }} />
        </section>
      ))}
    </article>
  )
}
