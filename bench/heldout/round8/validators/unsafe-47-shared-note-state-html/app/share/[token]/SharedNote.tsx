"use client";

import { useEffect, useState } from "react";

export default function SharedNote({ token }: { token: string }) {
  const [title, setTitle] = useState("");
  const [content, setContent] = useState("");

  useEffect(() => {
    fetch(`/api/share/${token}`)
      .then((r) => r.json())
      .then((note: { title: string; content: string }) => {
        setTitle(note.title);
        setContent(note.content);
      });
  }, [token]);

  return (
    <article>
      <h1>{title}</h1>
      <div className="note" dangerouslySetInnerHTML={{ __html: content }} />
    </article>
  );
}
