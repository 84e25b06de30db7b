"use client";

import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

type Note = { title: string; body: string; tags: string[] };

export function NoteView({ note }: { note: Note }) {
  return (
    <article className="prose">
      <h2>{note.title}</h2>
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml>
        {note.body}
      </ReactMarkdown>
      <p className="text-xs">{note.tags.join(", ")}</p>
    </article>
  );
}
