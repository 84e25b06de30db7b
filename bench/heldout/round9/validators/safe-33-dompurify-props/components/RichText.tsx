"use client";

import DOMPurify from "isomorphic-dompurify";
import { useMemo } from "react";

type RichTextProps = {
  html: string;
  className?: string;
};

export function RichText({ html, className }: RichTextProps) {
  const clean = useMemo(
    () =>
      DOMPurify.sanitize(html, {
        USE_PROFILES: { html: true },
        FORBID_TAGS: ["style", "form"],
        FORBID_ATTR: ["style"],
      }),
    [html]
  );

  return (
    <div
      className={className ?? "prose prose-neutral max-w-none"}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
