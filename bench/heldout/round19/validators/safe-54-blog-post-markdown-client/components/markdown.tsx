"use client";

import DOMPurify from "isomorphic-dompurify";
import { marked } from "marked";
import { useMemo } from "react";

export function Markdown({ source }: { source: string }) {
  const html = useMemo(
    () => DOMPurify.sanitize(marked.parse(source, { async: false }) as string, { USE_PROFILES: { html: true } }),
    [source]
  );
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
