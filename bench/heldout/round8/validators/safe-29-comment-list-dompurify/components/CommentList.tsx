import DOMPurify from "isomorphic-dompurify";

type Comment = { id: string; author: string; body: string };

export function CommentList({ comments }: { comments: Comment[] }) {
  return (
    <ul>
      {comments.map((c) => (
        <li key={c.id}>
          <strong>{c.author}</strong>
          <div
            className="prose"
            dangerouslySetInnerHTML={{
              __html: DOMPurify.sanitize(c.body, { USE_PROFILES: { html: true } }),
            }}
          />
        </li>
      ))}
    </ul>
  );
}
