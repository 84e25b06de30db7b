"use client";

import DOMPurify from "dompurify";

type Draft = { title: string; excerpt: string; body: string };

export default function DraftPreview({ draft }: { draft: Draft }) {
  const excerpt = DOMPurify.sanitize(draft.excerpt);

  return (
    <section>
      <h2>{draft.title}</h2>
      <p className="lead" dangerouslySetInnerHTML={{ __html: excerpt }} />
      <div className="body" dangerouslySetInnerHTML={{ __html: draft.body }} />
    </section>
  );
}
