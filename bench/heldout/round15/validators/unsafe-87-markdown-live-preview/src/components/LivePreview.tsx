import { useEffect, useRef, useState } from "react";

function toHtml(src: string) {
  return src
    .replace(/^### (.*)$/gm, "<h3>$1</h3>")
    .replace(/^## (.*)$/gm, "<h2>$1</h2>")
    .replace(/\*\*(.+?)\*\*/g, "<b>$1</b>")
    .replace(/\n/g, "<br/>");
}

export function LivePreview() {
  const [source, setSource] = useState("## Hello\nType **markdown** here");
  const previewRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (previewRef.current) {
      previewRef.current.innerHTML = toHtml(source);
    }
  }, [source]);

  return (
    <div className="grid grid-cols-2 gap-4">
      <textarea className="h-80 border p-2" value={source} onChange={(e) => setSource(e.target.value)} />
      <div ref={previewRef} className="prose h-80 overflow-auto border p-2" />
    </div>
  );
}
