import { formatDistanceToNow } from "date-fns";

export type CommentProps = {
  comment: {
    id: string;
    author: string;
    body: string;
    createdAt: string;
  };
};

export default function Comment({ comment }: CommentProps) {
  return (
    <article className="rounded-lg border p-4">
      <header className="mb-2 flex items-center justify-between text-sm text-muted-foreground">
        <span className="font-medium text-foreground">{comment.author}</span>
        <time dateTime={comment.createdAt}>
          {formatDistanceToNow(new Date(comment.createdAt), { addSuffix: true })}
        </time>
      </header>
      {/* body may contain <b>, <i> and links from the editor */}
      <div className="prose prose-sm" dangerouslySetInnerHTML={{ __html: comment.body }} />
    </article>
  );
}
