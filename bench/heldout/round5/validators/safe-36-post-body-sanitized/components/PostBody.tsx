import { marked } from "marked";
import DOMPurify from "isomorphic-dompurify";

export function PostBody({ content }: { content: string }) {
  const html = DOMPurify.sanitize(marked.parse(content) as string);

  return (
    <article
      className="prose prose-neutral dark:prose-invert max-w-none"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
