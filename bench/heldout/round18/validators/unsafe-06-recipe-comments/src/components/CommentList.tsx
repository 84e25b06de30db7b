type Comment = { id: string; author: string; body: string; created_at: string };

export function CommentList({ comments }: { comments: Comment[] }) {
  return (
    <ul className="space-y-4">
      {comments.map((c) => (
        <li key={c.id} className="rounded border p-3">
          <p className="text-xs text-gray-500">
            {c.author} · {new Date(c.created_at).toLocaleDateString()}
          </p>
          <div className="prose" dangerouslySetInnerHTML={{ __html: c.body }} />
        </li>
      ))}
    </ul>
  );
}
