import { notFound } from 'next/navigation'
import { ReplyBody } from '@/components/ReplyBody'
import { createClient } from '@/lib/supabase/server'

export default async function ThreadPage({ params }: { params: Promise<{ threadId: string }> }) {
  const { threadId } = await params
  const supabase = await createClient()
  const { data: thread } = await supabase
    .from('threads')
    .select('id, title, replies(id, body_html, author:profiles(username))')
    .eq('id', threadId)
    .single()
  if (!thread) notFound()

  return (
    <article className="mx-auto max-w-3xl space-y-6 p-6">
      <h1 className="text-3xl font-bold">{thread.title}</h1>
      {thread.replies.map((reply) => (
        <section key={reply.id} className="rounded-lg border p-4">
          <p className="text-sm">@{reply.author?.username}</p>
          <ReplyBody html={reply.body_html} />
        </section>
      ))}
    </article>
  )
}
