import ReactMarkdown from "react-markdown";

export function Message({ author, content }: { author: string; content: string }) {
  return (
    <div className="message">
      <strong>{author}</strong>
      <ReactMarkdown
        skipHtml
        allowedElements={["p", "a", "em", "strong", "code", "ul", "ol", "li"]}
        urlTransform={(url) => (/^https?:\/\//i.test(url) ? url : "")}
      >
        {content}
      </ReactMarkdown>
    </div>
  );
}
