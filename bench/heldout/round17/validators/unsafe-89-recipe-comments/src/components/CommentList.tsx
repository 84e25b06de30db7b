type Comment = { id: string; author: string; body: string; created_at: string };

export function CommentList({ comments }: { comments: Comment[] }) {
  return (
    <ul className="space-y-4">
      {comments.map((comment) => (
        <li key={comment.id} className="rounded border p-3">
          <p className="text-xs text-gray-500">{comment.author}</p>
          <div className="prose" dangerouslySetInnerHTML={{ __html: comment.body }} />
        </li>
      ))}
    </ul>
  );
}
