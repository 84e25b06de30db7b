import { useMemo, useState } from "react";
import { marked } from "marked";

export default function NoteEditor({ initial = "" }: { initial?: string }) {
  const [source, setSource] = useState(initial);
  const html = useMemo(() => marked.parse(source, { async: false }) as string, [source]);

  return (
    <div className="grid grid-cols-2 gap-4">
      <textarea value={source} onChange={(e) => setSource(e.target.value)} className="h-96 border p-2 font-mono" />
      <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
