type Comment = {
  id: string;
  author_name: string;
  body_html: string;
  created_at: string;
};

export function CommentList({ comments }: { comments: Comment[] }) {
  return (
    <ul className="space-y-4">
      {comments.map((c) => (
        <li key={c.id} className="rounded border p-3">
          <div className="text-xs text-gray-500">
            {c.author_name} · {new Date(c.created_at).toLocaleDateString()}
          </div>
          <div className="prose" dangerouslySetInnerHTML={{ __html: c.body_html }} />
        </li>
      ))}
    </ul>
  );
}
