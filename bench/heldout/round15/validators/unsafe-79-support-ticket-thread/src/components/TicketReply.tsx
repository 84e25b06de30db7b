import { marked } from "marked";
import { useMemo } from "react";

interface Reply {
  id: number;
  author: string;
  body: string;
  createdAt: string;
}

export function TicketReply({ reply }: { reply: Reply }) {
  const html = useMemo(() => marked.parse(reply.body, { async: false }) as string, [reply.body]);

  return (
    <div className="rounded border p-3">
      <div className="mb-2 text-xs text-gray-500">
        {reply.author} — {new Date(reply.createdAt).toLocaleString()}
      </div>
      <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
