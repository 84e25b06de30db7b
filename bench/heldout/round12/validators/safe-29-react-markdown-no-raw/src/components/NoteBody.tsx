import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

type Props = { markdown: string };

const ALLOWED_PROTOCOLS = ["http:", "https:", "mailto:"];

function safeHref(href?: string) {
  if (!href) return undefined;
  try {
    const url = new URL(href, window.location.origin);
    return ALLOWED_PROTOCOLS.includes(url.protocol) ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

export default function NoteBody({ markdown }: Props) {
  return (
    <div className="prose prose-slate max-w-none">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        components={{
          a: ({ href, children }) => (
            <a href={safeHref(href)} target="_blank" rel="noopener noreferrer">
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
