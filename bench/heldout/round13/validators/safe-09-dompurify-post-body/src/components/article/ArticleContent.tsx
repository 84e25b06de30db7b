import DOMPurify from "isomorphic-dompurify";

const PURIFY_CONFIG = {
  ALLOWED_TAGS: ["p", "br", "strong", "em", "a", "ul", "ol", "li", "h2", "h3", "blockquote", "code", "pre", "img"],
  ALLOWED_ATTR: ["href", "src", "alt", "title"],
  ALLOW_DATA_ATTR: false,
};

export default function ArticleContent({ html }: { html: string }) {
  const clean = DOMPurify.sanitize(html, PURIFY_CONFIG) as string;
  return <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: clean }} />;
}
