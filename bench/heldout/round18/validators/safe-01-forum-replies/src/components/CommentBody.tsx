"use client";

import DOMPurify from "isomorphic-dompurify";
import { useMemo } from "react";

export function CommentBody({ html }: { html: string }) {
  const clean = useMemo(
    () => DOMPurify.sanitize(html, { ALLOWED_TAGS: ["b", "i", "em", "strong", "a", "p", "br", "ul", "ol", "li"], ALLOWED_ATTR: ["href"] }),
    [html],
  );
  return <div className="prose" dangerouslySetInnerHTML={{ __html: clean }} />;
}
