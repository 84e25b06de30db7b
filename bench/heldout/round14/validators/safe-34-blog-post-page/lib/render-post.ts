import sanitizeHtml from "sanitize-html";
import { marked } from "marked";

export function renderPost(markdown: string): string {
  const raw = marked.parse(markdown, { async: false }) as string;
  return sanitizeHtml(raw, {
    allowedTags: ["p", "h2", "h3", "ul", "ol", "li", "a", "strong", "em", "code", "pre", "blockquote"],
    allowedAttributes: { a: ["href", "title"] },
    allowedSchemes: ["https", "mailto"],
  });
}
