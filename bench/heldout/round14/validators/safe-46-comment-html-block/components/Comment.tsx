import { SafeHtml } from "./SafeHtml";

export function Comment({ body, author }: { body: string; author: string }) {
  return (
    <div>
      <b>{author}</b>
      <SafeHtml html={body} className="prose" />
    </div>
  );
}
