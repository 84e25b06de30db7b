import { formatDistanceToNow } from "date-fns";

export type Comment = {
  id: string;
  body: string;
  created_at: string;
  author: { username: string };
};

export function CommentItem({ comment }: { comment: Comment }) {
  return (
    <li className="py-4">
      <div className="flex items-center gap-2 text-sm">
        <span className="font-medium">@{comment.author.username}</span>
        <span className="text-muted-foreground">
          {formatDistanceToNow(new Date(comment.created_at), { addSuffix: true })}
        </span>
      </div>
      <p className="mt-1 whitespace-pre-wrap break-words text-sm">{comment.body}</p>
    </li>
  );
}

export function CommentList({ comments }: { comments: Comment[] }) {
  if (comments.length === 0) return <p className="text-sm">Be the first to comment.</p>;
  return (
    <ul className="divide-y">
      {comments.map((c) => (
        <CommentItem key={c.id} comment={c} />
      ))}
    </ul>
  );
}
