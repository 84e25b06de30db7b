import { useMemo, useState } from "react";
import { marked } from "marked";

export function WikiEditor({ initial, onSave }: { initial: string; onSave: (md: string) => void }) {
  const [markdown, setMarkdown] = useState(initial);
  const html = useMemo(() => marked.parse(markdown) as string, [markdown]);

  return (
    <div className="grid grid-cols-2 gap-4">
      <textarea value={markdown} onChange={(e) => setMarkdown(e.target.value)} className="h-96 font-mono" />
      <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
      <button onClick={() => onSave(markdown)}>Save page</button>
    </div>
  );
}
