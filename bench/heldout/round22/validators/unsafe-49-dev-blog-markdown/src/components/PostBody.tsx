import { useMemo } from "react";
import { marked } from "marked";

interface PostBodyProps {
  markdown: string;
}

export function PostBody({ markdown }: PostBodyProps) {
  const html = useMemo(() => marked.parse(markdown, { gfm: true, breaks: true }) as string, [markdown]);
  return <div className="prose prose-slate max-w-none" dangerouslySetInnerHTML={{ __html: html }} />;
}
