"use client";

import { useSearchParams } from "next/navigation";
import useSWR from "swr";

const fetcher = (u: string) => fetch(u).then((r) => r.json());

function highlight(text: string, term: string) {
  if (!term) return text;
  const re = new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
  return text.replace(re, (m) => `<mark>${m}</mark>`);
}

export function Results() {
  const q = useSearchParams().get("q") ?? "";
  const { data } = useSWR<{ id: string; title: string; snippet: string }[]>(
    q ? `/api/search?q=${encodeURIComponent(q)}` : null,
    fetcher,
  );

  return (
    <div className="space-y-4">
      <h2 dangerouslySetInnerHTML={{ __html: `Results for &ldquo;${q}&rdquo;` }} />
      {data?.map((r) => (
        <a key={r.id} href={`/listings/${r.id}`} className="block rounded border p-3">
          <h3 dangerouslySetInnerHTML={{ __html: highlight(r.title, q) }} />
          <p className="text-sm" dangerouslySetInnerHTML={{ __html: highlight(r.snippet, q) }} />
        </a>
      ))}
    </div>
  );
}
