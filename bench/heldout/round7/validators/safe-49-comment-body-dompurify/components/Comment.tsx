import DOMPurify from "isomorphic-dompurify";

export type CommentProps = {
  comment: { id: string; author: string; body: string };
};

const ALLOWED = { ALLOWED_TAGS: ["b", "i", "em", "strong", "a", "p", "br", "ul", "ol", "li", "code"], ALLOWED_ATTR: ["href"] };

export default function Comment({ comment }: CommentProps) {
  const safeHtml = DOMPurify.sanitize(comment.body, ALLOWED);
  return (
    <article className="rounded-lg border p-4">
      <header className="mb-2 text-sm font-medium">{comment.author}</header>
      <div className="prose prose-sm" dangerouslySetInnerHTML={{ __html: safeHtml }} />
    </article>
  );
}
