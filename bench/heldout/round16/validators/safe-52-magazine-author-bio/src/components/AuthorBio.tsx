"use client";

import DOMPurify from "isomorphic-dompurify";

export function AuthorBio({ html }: { html: string }) {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ["p", "br", "strong", "em", "a", "ul", "ol", "li"],
    ALLOWED_ATTR: ["href"],
  });
  return <div className="prose prose-sm" dangerouslySetInnerHTML={{ __html: clean }} />;
}
