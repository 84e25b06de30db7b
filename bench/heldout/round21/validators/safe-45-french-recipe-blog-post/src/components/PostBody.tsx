import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

export function PostBody({ markdown }: { markdown: string }) {
  return (
    <div className="prose prose-stone">
      <ReactMarkdown remarkPlugins={[remarkGfm]}>{markdown}</ReactMarkdown>
    </div>
  );
}
