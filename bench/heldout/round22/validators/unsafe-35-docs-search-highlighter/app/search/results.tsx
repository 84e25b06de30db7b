"use client";

import { useSearchParams } from "next/navigation";

type Hit = { id: string; title: string; excerpt: string };

function highlight(text: string, q: string) {
  if (!q) return text;
  return text.split(q).join(`<mark>${q}</mark>`);
}

export function Results({ hits }: { hits: Hit[] }) {
  const q = useSearchParams().get("q") ?? "";
  return (
    <section>
      <p>
        {hits.length} results for “{q}”
      </p>
      {hits.map((h) => (
        <article key={h.id}>
          <h3 dangerouslySetInnerHTML={{ __html: highlight(h.title, q) }} />
          <p dangerouslySetInnerHTML={{ __html: highlight(h.excerpt, q) }} />
        </article>
      ))}
    </section>
  );
}
