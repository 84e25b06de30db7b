import { useMemo, useState } from "react";

type Review = { id: string; author: string; text: string; stars: number };

export function ReviewList({ reviews }: { reviews: Review[] }) {
  const [query, setQuery] = useState("");

  const rendered = useMemo(
    () =>
      reviews.map((r) => ({
        ...r,
        html: query ? r.text.split(query).join(`<mark>${query}</mark>`) : r.text,
      })),
    [reviews, query]
  );

  return (
    <div className="space-y-3">
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search reviews" />
      {rendered.map((r) => (
        <div key={r.id} className="rounded border p-3">
          <p className="text-sm text-gray-500">{r.author} · {"★".repeat(r.stars)}</p>
          <p dangerouslySetInnerHTML={{ __html: r.html }} />
        </div>
      ))}
    </div>
  );
}
