"use client";

import { marked } from "marked";
import DOMPurify from "dompurify";
import { useMemo } from "react";

export interface Comment {
  id: string;
  author: string;
  body: string;
}

function CommentItem({ comment }: { comment: Comment }) {
  const html = useMemo(
    () => DOMPurify.sanitize(marked.parse(comment.body, { async: false }) as string, { USE_PROFILES: { html: true } }),
    [comment.body]
  );
  return (
    <li className="border-b py-4">
      <div className="text-sm font-medium">{comment.author}</div>
      <div className="prose prose-sm mt-1" dangerouslySetInnerHTML={{ __html: html }} />
    </li>
  );
}

export default function CommentList({ comments }: { comments: Comment[] }) {
  return (
    <ul>
      {comments.map((c) => (
        <CommentItem key={c.id} comment={c} />
      ))}
    </ul>
  );
}
