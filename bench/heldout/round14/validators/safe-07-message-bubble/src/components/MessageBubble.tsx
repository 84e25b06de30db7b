import { useState } from "react";

export function MessageBubble({ message }: { message: { html: string; from: string } }) {
  const [expanded, setExpanded] = useState(false);
  const html = message.html;
  const preview = html.length > 140 && !expanded ? html.slice(0, 140) + "…" : html;

  return (
    <div className="bubble" onClick={() => setExpanded((v) => !v)}>
      <small>{message.from}</small>
      <p className="whitespace-pre-wrap">{preview}</p>
    </div>
  );
}
