import { marked } from "marked";

export interface Comment {
  id: string;
  author: string;
  body: string;
  createdAt: string;
}

export function CommentItem({ comment }: { comment: Comment }) {
  const html = marked.parse(comment.body, { breaks: true, gfm: true }) as string;
  return (
    <li className="border-b py-4">
      <div className="text-sm font-medium">{comment.author}</div>
      <div className="prose prose-sm mt-1" dangerouslySetInnerHTML={{ __html: html }} />
    </li>
  );
}

export default function CommentList({ comments }: { comments: Comment[] }) {
  if (comments.length === 0) {
    return <p className="text-gray-500">No comments yet. Be the first!</p>;
  }
  return (
    <ul>
      {comments.map((c) => (
        <CommentItem key={c.id} comment={c} />
      ))}
    </ul>
  );
}
