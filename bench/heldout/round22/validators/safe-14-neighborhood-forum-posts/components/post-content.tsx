"use client";

import DOMPurify from "dompurify";
import { useMemo } from "react";

export function PostContent({ html }: { html: string }) {
  const clean = useMemo(
    () => DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ["style", "form"] }),
    [html],
  );
  return <div className="prose" dangerouslySetInnerHTML={{ __html: clean }} />;
}
