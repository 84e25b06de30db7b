import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

export function NoteView({ title, markdown }: { title: string; markdown: string }) {
  return (
    <section className="prose dark:prose-invert">
      <h2>{title}</h2>
      <ReactMarkdown remarkPlugins={[remarkGfm]}>{markdown}</ReactMarkdown>
    </section>
  );
}
