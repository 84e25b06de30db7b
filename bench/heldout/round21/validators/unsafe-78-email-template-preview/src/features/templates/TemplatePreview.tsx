import { useEffect, useState } from "react";
import { useSearchParams } from "react-router-dom";

export function TemplatePreview() {
  const [params] = useSearchParams();
  const [html, setHtml] = useState("<p>Hello {{name}}</p>");

  useEffect(() => {
    const shared = params.get("t");
    if (shared) setHtml(atob(shared));
  }, [params]);

  const rendered = html.replaceAll("{{name}}", "Alex");

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <textarea className="h-80 font-mono" value={html} onChange={(e) => setHtml(e.target.value)} />
      <div className="rounded border bg-white p-4" dangerouslySetInnerHTML={{ __html: rendered }} />
    </div>
  );
}
