"use client";

import DOMPurify from "dompurify";
import { useMemo } from "react";

export function ArticleContent({ html }: { html: string }) {
  const clean = useMemo(
    () => DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ["style"] }),
    [html]
  );
  return <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: clean }} />;
}
