import sanitizeHtml from "sanitize-html";

export function cleanPostHtml(dirty: string) {
  return sanitizeHtml(dirty, {
    allowedTags: ["p", "a", "strong", "em", "ul", "ol", "li", "h2", "h3", "blockquote", "code", "pre"],
    allowedAttributes: { a: ["href", "rel", "target"] },
    allowedSchemes: ["https", "mailto"],
  });
}
