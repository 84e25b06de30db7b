import { useEffect, useRef } from "react";
import { useSearchParams } from "react-router-dom";
import { faqs } from "@/data/faqs";

export function FaqSearch() {
  const [params] = useSearchParams();
  const term = params.get("q") ?? "";
  const summary = useRef<HTMLParagraphElement>(null);
  const hits = faqs.filter((f) => f.question.toLowerCase().includes(term.toLowerCase()));

  useEffect(() => {
    if (summary.current) {
      summary.current.innerHTML = term ? `${hits.length} answers for <em>${term}</em>` : "";
    }
  }, [term, hits.length]);

  return (
    <section>
      <p ref={summary} className="text-sm" />
      {hits.map((f) => (
        <details key={f.id}>
          <summary>{f.question}</summary>
          <p>{f.answer}</p>
        </details>
      ))}
    </section>
  );
}
