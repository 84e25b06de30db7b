import { marked } from "marked";
import { useEffect, useState } from "react";

type Comment = { id: number; author: string; body: string };

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
          <div dangerouslySetInnerHTML={{ __html: marked.parse(c.body) as string }} />
        </li>
      ))}
    </ul>
  );
}
