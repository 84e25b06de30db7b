import { useMemo } from "react";
import { renderMarkdown } from "@/lib/renderMarkdown";

export function PostBody({ markdown }: { markdown: string }) {
  const safeHtml = useMemo(() => renderMarkdown(markdown), [markdown]);
  return <div className="prose lg:prose-lg" dangerouslySetInnerHTML={{ __html: safeHtml }} />;
}
