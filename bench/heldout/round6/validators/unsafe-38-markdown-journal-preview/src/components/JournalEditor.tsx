import { useState } from "react";
import { marked } from "marked";

export function JournalEditor({ onSave }: { onSave: (md: string) => void }) {
  const [text, setText] = useState("");

  return (
    <div className="grid grid-cols-2 gap-4">
      <textarea
        className="h-96 rounded border p-3 font-mono"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Write in markdown..."
      />
      <article
        className="prose h-96 overflow-auto rounded border p-3"
        dangerouslySetInnerHTML={{ __html: marked.parse(text) as string }}
      />
      <button onClick={() => onSave(text)} className="col-span-2 rounded bg-black px-4 py-2 text-white">
        Save entry
      </button>
    </div>
  );
}
