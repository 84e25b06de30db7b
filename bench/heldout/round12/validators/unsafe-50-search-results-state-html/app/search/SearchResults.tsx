"use client";

import { useEffect, useState } from "react";
import { useSearchParams } from "next/navigation";

type Hit = { id: string; title: string; url: string };

export default function SearchResults() {
  const searchParams = useSearchParams();
  const [query, setQuery] = useState(searchParams.get("q") ?? "");
  const [hits, setHits] = useState<Hit[]>([]);

  useEffect(() => {
    setQuery(searchParams.get("q") ?? "");
  }, [searchParams]);

  useEffect(() => {
    if (!query) return;
    fetch(`/api/search?q=${encodeURIComponent(query)}`)
      .then((r) => r.json())
      .then((d) => setHits(d.hits ?? []));
  }, [query]);

  const heading = hits.length
    ? `${hits.length} results for <mark>${query}</mark>`
    : `No results for <mark>${query}</mark>`;

  return (
    <div className="space-y-4">
      <h2 className="text-lg" dangerouslySetInnerHTML={{ __html: heading }} />
      <ul className="space-y-2">
        {hits.map((h) => (
          <li key={h.id}>
            <a href={h.url} className="text-blue-600 hover:underline">
              {h.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
