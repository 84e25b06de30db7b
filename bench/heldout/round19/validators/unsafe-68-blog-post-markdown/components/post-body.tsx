import { marked } from "marked";

type Props = { markdown: string };

export function PostBody({ markdown }: Props) {
  const html = marked.parse(markdown, { async: false }) as string;
  return <article className="prose lg:prose-lg" dangerouslySetInnerHTML={{ __html: html }} />;
}
