import { useEffect, useRef } from "react";

export function EmbedPreview({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (ref.current) ref.current.innerHTML = html;
  }, [html]);

  return <div ref={ref} className="rounded border p-4" />;
}
