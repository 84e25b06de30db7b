import { formatRelative } from "date-fns";

type Comment = {
  id: string;
  body: string;
  created_at: string;
  author: { username: string } | null;
};

export function CommentItem({ comment }: { comment: Comment }) {
  const name = comment.author?.username ?? "deleted user";

  return (
    <li className="rounded-lg border p-3">
      <div className="mb-1 flex items-center justify-between text-xs text-muted-foreground">
        <span className="font-medium text-foreground">{name}</span>
        <time dateTime={comment.created_at}>
          {formatRelative(new Date(comment.created_at), new Date())}
        </time>
      </div>
      <p className="whitespace-pre-wrap break-words text-sm leading-relaxed">{comment.body}</p>
    </li>
  );
}

export function CommentList({ comments }: { comments: Comment[] }) {
  if (comments.length === 0) {
    return <p className="text-sm text-muted-foreground">No comments yet.</p>;
  }
  return (
    <ul className="space-y-3">
      {comments.map((c) => (
        <CommentItem key={c.id} comment={c} />
      ))}
    </ul>
  );
}
