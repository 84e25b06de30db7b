"use client";

import DOMPurify from "isomorphic-dompurify";
import { useMemo } from "react";

export function ArticleBody({ html }: { html: string }) {
  const clean = useMemo(
    () => DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ["style", "form"] }),
    [html]
  );
  return <div className="prose prose-lg" dangerouslySetInnerHTML={{ __html: clean }} />;
}
