import { useMemo } from "react";
import { marked } from "marked";
import DOMPurify from "dompurify";

marked.setOptions({ gfm: true, breaks: true });

interface MarkdownViewProps {
  source: string;
  className?: string;
}

export function MarkdownView({ source, className }: MarkdownViewProps) {
  const clean = useMemo(() => {
    const rendered = marked.parse(source, { async: false }) as string;
    return DOMPurify.sanitize(rendered, {
      USE_PROFILES: { html: true },
      FORBID_TAGS: ["style", "form", "iframe"],
      FORBID_ATTR: ["style"],
    });
  }, [source]);

  return (
    <div
      className={className ?? "prose max-w-none"}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}

export default MarkdownView;
