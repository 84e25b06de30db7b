"use client";

import DOMPurify from "isomorphic-dompurify";

export function PatternBody({ html }: { html: string }) {
  const clean = DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
  return <div className="prose" dangerouslySetInnerHTML={{ __html: clean }} />;
}
