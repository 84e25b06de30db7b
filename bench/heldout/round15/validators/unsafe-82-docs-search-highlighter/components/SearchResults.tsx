"use client";

import { useState } from "react";

type Result = { id: string; title: string; excerpt: string };

function highlight(text: string, query: string) {
  if (!query) return text;
  return text.replace(new RegExp(`(${query})`, "gi"), "<mark>$1</mark>");
}

export default function SearchResults({ results }: { results: Result[] }) {
  const [query, setQuery] = useState("");

  return (
    <div>
      <input
        className="w-full border px-2 py-1"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Filter results"
      />
      <ul>
        {results.map((r) => (
          <li key={r.id}>
            <h3 dangerouslySetInnerHTML={{ __html: highlight(r.title, query) }} />
            <p dangerouslySetInnerHTML={{ __html: highlight(r.excerpt, query) }} />
          </li>
        ))}
      </ul>
    </div>
  );
}
