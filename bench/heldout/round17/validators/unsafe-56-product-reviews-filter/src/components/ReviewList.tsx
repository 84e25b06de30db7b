import { useMemo, useState } from "react";
import { highlight } from "../utils/highlight";

export function ReviewList({ reviews }: { reviews: { id: number; text: string }[] }) {
  const [query, setQuery] = useState("");
  const rendered = useMemo(() => reviews.map((r) => ({ id: r.id, html: highlight(r.text, query) })), [reviews, query]);

  return (
    <div>
      <input placeholder="Filter reviews" value={query} onChange={(e) => setQuery(e.target.value)} />
      {rendered.map((r) => (
        <p key={r.id} dangerouslySetInnerHTML={{ __html: r.html }} />
      ))}
    </div>
  );
}
