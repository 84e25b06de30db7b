type CommentProps = {
  comment: { id: string; body: string; created_at: string; author: { username: string } }
}

export function Comment({ comment }: CommentProps) {
  return (
    <article className="py-3 border-b">
      <p className="text-sm font-medium">{comment.author.username}</p>
      <p className="whitespace-pre-wrap text-sm">{comment.body}</p>
      <time className="text-xs text-muted-foreground">{new Date(comment.created_at).toLocaleString()}</time>
    </article>
  )
}
