type Comment = { id: string; author: string; body: string; createdAt: string };

export function CommentList({ comments }: { comments: Comment[] }) {
  return (
    <ul className="space-y-4">
      {comments.map((c) => (
        <li key={c.id} className="rounded-lg border p-4">
          <p className="text-sm font-medium">{c.author}</p>
          <div className="prose prose-sm" dangerouslySetInnerHTML={{ __html: c.body }} />
          <time className="text-xs text-muted-foreground">{new Date(c.createdAt).toLocaleString()}</time>
        </li>
      ))}
    </ul>
  );
}
