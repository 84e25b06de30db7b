type Comment = { id: string; author: string; body: string; createdAt: string };

export function CommentList({ comments }: { comments: Comment[] }) {
  return (
    <ul className="space-y-4">
      {comments.map((c) => (
        <li key={c.id} className="rounded-lg border p-3">
          <p className="text-sm text-muted-foreground">
            {c.author} · {new Date(c.createdAt).toLocaleDateString()}
          </p>
          <div className="prose" dangerouslySetInnerHTML={{ __html: c.body }} />
        </li>
      ))}
    </ul>
  );
}
