import { useMemo } from "react";
import { marked } from "marked";

marked.setOptions({ gfm: true, breaks: true });

export type CommentData = {
  id: string;
  body: string;
  author: { name: string; avatarUrl?: string };
};

export default function Comment({ comment }: { comment: CommentData }) {
  const html = useMemo(() => marked.parse(comment.body) as string, [comment.body]);
  return (
    <li className="flex gap-3 py-3">
      <img src={comment.author.avatarUrl ?? "/avatar.svg"} alt="" className="h-8 w-8 rounded-full" />
      <div>
        <p className="text-sm font-medium">{comment.author.name}</p>
        <div className="prose prose-sm" dangerouslySetInnerHTML={{ __html: html }} />
      </div>
    </li>
  );
}
