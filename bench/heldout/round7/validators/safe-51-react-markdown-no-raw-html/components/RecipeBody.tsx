import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

export function RecipeBody({ markdown }: { markdown: string }) {
  return (
    <div className="prose lg:prose-lg">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        components={{
          a: ({ href, children }) => (
            <a href={href} rel="nofollow noopener noreferrer" target="_blank">
              {children}
            </a>
          ),
        }}
      >
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
