import { marked } from "marked";
import { useParams } from "react-router-dom";
import { useWikiPage } from "@/hooks/useWikiPage";

export default function WikiPage() {
  const { slug } = useParams();
  const { data: page } = useWikiPage(slug!);
  if (!page) return null;
  return <article className="prose" dangerouslySetInnerHTML={{ __html: marked.parse(page.body) as string }} />;
}
