"use client";

import { Fragment } from "react";
import { useSearchParams } from "next/navigation";

type Hit = { id: string; title: string; excerpt: string };

function Highlight({ text, q }: { text: string; q: string }) {
  if (!q) return <>{text}</>;
  const parts = text.split(q);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <mark>{q}</mark>}
        </Fragment>
      ))}
    </>
  );
}

export function Results({ hits }: { hits: Hit[] }) {
  const q = useSearchParams().get("q") ?? "";
  return (
    <section>
      {hits.map((h) => (
        <article key={h.id}>
          <h3>
            <Highlight text={h.title} q={q} />
          </h3>
          <p>
            <Highlight text={h.excerpt} q={q} />
          </p>
        </article>
      ))}
    </section>
  );
}
