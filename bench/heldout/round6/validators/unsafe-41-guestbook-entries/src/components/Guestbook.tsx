import { useEffect, useState } from "react";
import { sanitize } from "../lib/sanitize";

type Entry = { id: number; name: string; message: string };

export function Guestbook() {
  const [entries, setEntries] = useState<Entry[]>([]);

  useEffect(() => {
    fetch("/api/guestbook").then((r) => r.json()).then(setEntries);
  }, []);

  return (
    <ul className="space-y-3">
      {entries.map((e) => (
        <li key={e.id}>
          <b>{e.name}</b>
          {/* sanitized, safe to render */}
          <p dangerouslySetInnerHTML={{ __html: sanitize(e.message) }} />
        </li>
      ))}
    </ul>
  );
}
