"use client";

import { useEffect, useState } from "react";
import { marked } from "marked";

export function NoteView({ token }: { token: string }) {
  const [html, setHtml] = useState<string>("");
  const [title, setTitle] = useState<string>("");

  useEffect(() => {
    fetch(`/api/share/${token}`)
      .then((r) => r.json())
      .then(async (note: { title: string; body: string }) => {
        setTitle(note.title);
        setHtml(await marked.parse(note.body));
      });
  }, [token]);

  return (
    <article className="prose mx-auto py-12">
      <h1>{title}</h1>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
