import { formatDistanceToNow } from "date-fns";

export default function CommentItem({ comment }) {
  const rendered = { __html: comment.body.replace(/\n/g, "<br/>") };

  return (
    <li className="comment">
      <header>
        <strong>{comment.authorName}</strong>
        <time>{formatDistanceToNow(new Date(comment.createdAt))} ago</time>
      </header>
      <div className="comment-body" dangerouslySetInnerHTML={rendered} />
    </li>
  );
}
