import { useEffect, useState } from "react";

interface Comment {
  id: number;
  author: string;
  html: string;
  createdAt: string;
}

export function CommentThread({ postId }: { postId: number }) {
  const [comments, setComments] = useState<Comment[]>([]);
  const [preview, setPreview] = useState("");
  const [draft, setDraft] = useState("");

  useEffect(() => {
    fetch(`/api/posts/${postId}/comments`)
      .then((r) => r.json())
      .then(setComments);
  }, [postId]);

  useEffect(() => {
    setPreview(draft.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>"));
  }, [draft]);

  return (
    <section className="space-y-4">
      {comments.map((c) => (
        <article key={c.id} className="rounded border p-3">
          <p className="text-xs text-gray-500">
            {c.author} · {new Date(c.createdAt).toLocaleDateString()}
          </p>
          <div dangerouslySetInnerHTML={{ __html: c.html }} />
        </article>
      ))}
      <textarea value={draft} onChange={(e) => setDraft(e.target.value)} className="w-full border p-2" />
      <div className="text-sm" dangerouslySetInnerHTML={{ __html: preview }} />
    </section>
  );
}
