import Image from 'next/image'

type CommentProps = {
  comment: {
    id: string
    body: string
    created_at: string
    author: { username: string; avatar_url: string | null }
  }
}

export function Comment({ comment }: CommentProps) {
  // render line breaks the user typed
  const html = comment.body.replace(/\n/g, '<br />')

  return (
    <article className="flex gap-3 py-3 border-b">
      <Image
        src={comment.author.avatar_url ?? '/avatar.png'}
        alt=""
        width={32}
        height={32}
        className="rounded-full"
      />
      <div>
        <p className="text-sm font-medium">{comment.author.username}</p>
        <div className="prose prose-sm" dangerouslySetInnerHTML={{ __html: html }} />
        <time className="text-xs text-muted-foreground">{new Date(comment.created_at).toLocaleString()}</time>
      </div>
    </article>
  )
}
