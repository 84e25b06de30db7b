import { marked } from "marked";

type Props = {
  content: string;
  className?: string;
};

marked.setOptions({ gfm: true, breaks: true });

export function PostBody({ content, className }: Props) {
  const html = marked.parse(content) as string;

  return (
    <article
      className={className ?? "prose prose-neutral dark:prose-invert max-w-none"}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
