import { cleanPostHtml } from "@/lib/sanitize";
import { getIssue } from "@/lib/issues";

export default async function IssuePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const issue = await getIssue(slug);
  const safeHtml = cleanPostHtml(issue.html);
  return (
    <main>
      <h1>{issue.title}</h1>
      <div dangerouslySetInnerHTML={{ __html: safeHtml }} />
    </main>
  );
}
