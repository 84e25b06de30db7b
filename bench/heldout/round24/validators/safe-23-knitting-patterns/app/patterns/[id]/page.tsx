import { getPattern } from "@/lib/patterns";
import { PatternBody } from "@/components/PatternBody";

export default async function PatternPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const pattern = await getPattern(id);
  return (
    <main>
      <h1>{pattern.name}</h1>
      <PatternBody html={pattern.body_html} />
    </main>
  );
}
