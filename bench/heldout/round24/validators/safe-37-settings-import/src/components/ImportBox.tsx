import { useState } from "react";
import { importSettings } from "../features/importSettings";

export function ImportBox({ onImport }: { onImport: (s: ReturnType<typeof importSettings>) => void }) {
  const [text, setText] = useState("");
  const [error, setError] = useState("");
  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button
        onClick={() => {
          const s = importSettings(text);
          if (!s) setError("That doesn't look like exported settings.");
          else onImport(s);
        }}
      >
        Import
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
