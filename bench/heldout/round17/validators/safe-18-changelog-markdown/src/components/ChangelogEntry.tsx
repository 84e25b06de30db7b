import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

export function ChangelogEntry({ title, body }: { title: string; body: string }) {
  return (
    <article className="prose">
      <h3>{title}</h3>
      <ReactMarkdown remarkPlugins={[remarkGfm]}>{body}</ReactMarkdown>
    </article>
  );
}
