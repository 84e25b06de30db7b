"use client";

import DOMPurify from "isomorphic-dompurify";

export function IssueBody({ html }: { html: string }) {
  const clean = DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
  return <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: clean }} />;
}
