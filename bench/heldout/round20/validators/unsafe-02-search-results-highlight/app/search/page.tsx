import { searchArticles } from "@/lib/search";

function highlight(text: string, q: string) {
  if (!q) return text;
  return text.split(q).join(`<mark>${q}</mark>`);
}

export default async function SearchPage({ searchParams }: { searchParams: { q?: string } }) {
  const q = searchParams.q ?? "";
  const results = await searchArticles(q);
  return (
    <section>
      <h1 dangerouslySetInnerHTML={{ __html: `Results for "${q}"` }} />
      <ul>
        {results.map((r) => (
          <li key={r.id} dangerouslySetInnerHTML={{ __html: highlight(r.excerpt, q) }} />
        ))}
      </ul>
    </section>
  );
}
