import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

type LessonProps = { title: string; markdown: string };

export function Lesson({ title, markdown }: LessonProps) {
  return (
    <article className="prose lg:prose-lg">
      <h1>{title}</h1>
      <ReactMarkdown remarkPlugins={[remarkGfm]}>{markdown}</ReactMarkdown>
    </article>
  );
}
