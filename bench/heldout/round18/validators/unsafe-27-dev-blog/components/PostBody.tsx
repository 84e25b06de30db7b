import { marked } from "marked";

interface Props {
  markdown: string;
}

export default function PostBody({ markdown }: Props) {
  const html = marked.parse(markdown, { async: false }) as string;
  return <article className="prose lg:prose-xl" dangerouslySetInnerHTML={{ __html: html }} />;
}
