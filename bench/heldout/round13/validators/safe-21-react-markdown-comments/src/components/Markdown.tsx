import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

export function Markdown({ source }: { source: string }) {
  return (
    <ReactMarkdown
      remarkPlugins={[remarkGfm]}
      components={{
        a: ({ href, children }) => (
          <a href={href} rel="nofollow noopener noreferrer" target="_blank" className="underline">
            {children}
          </a>
        ),
      }}
    >
      {source}
    </ReactMarkdown>
  );
}
