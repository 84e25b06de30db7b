import { formatDistanceToNow } from "date-fns";

export type Comment = {
  id: string;
  author: { name: string; avatarUrl?: string };
  body: string;
  createdAt: string;
};

export function CommentItem({ comment }: { comment: Comment }) {
  return (
    <article className="flex gap-3 py-3">
      <img src={comment.author.avatarUrl ?? "/avatar.svg"} alt="" className="h-8 w-8 rounded-full" />
      <div>
        <header className="text-sm text-muted-foreground">
          {comment.author.name} · {formatDistanceToNow(new Date(comment.createdAt))} ago
        </header>
        <div className="prose prose-sm" dangerouslySetInnerHTML={{ __html: comment.body }} />
      </div>
    </article>
  );
}
