"use client";

import DOMPurify from "isomorphic-dompurify";

const ALLOWED = { ALLOWED_TAGS: ["b", "i", "em", "strong", "a", "code", "p", "br"], ALLOWED_ATTR: ["href"] };

export function CommentBody({ html }: { html: string }) {
  const clean = DOMPurify.sanitize(html, ALLOWED);
  return <div className="prose prose-sm" dangerouslySetInnerHTML={{ __html: clean }} />;
}
