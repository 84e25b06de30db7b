import DOMPurify from "dompurify";
import { marked } from "marked";
import { useEffect, useMemo, useState } from "react";

type Comment = { id: number; author: string; body: string };

function Rendered({ markdown }: { markdown: string }) {
  const html = useMemo(() => DOMPurify.sanitize(marked.parse(markdown) as string, { USE_PROFILES: { html: true } }), [markdown]);
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function CommentList({ recipeId }: { recipeId: number }) {
  const [comments, setComments] = useState<Comment[]>([]);
  useEffect(() => {
    fetch(`/api/recipes/${recipeId}/comments`)
      .then((r) => r.json())
      .then(setComments);
  }, [recipeId]);
  return (
    <ul className="space-y-3">
      {comments.map((c) => (
        <li key={c.id}>
          <strong>{c.author}</strong>
          <Rendered markdown={c.body} />
        </li>
      ))}
    </ul>
  );
}
