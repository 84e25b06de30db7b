"use client";

import { useMemo } from "react";
import { marked } from "marked";

marked.setOptions({ gfm: true, breaks: true });

interface MarkdownPreviewProps {
  content: string;
  className?: string;
}

export default function MarkdownPreview({ content, className }: MarkdownPreviewProps) {
  const html = useMemo(() => marked.parse(content) as string, [content]);

  return (
    <article
      className={className ?? "prose max-w-none"}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
