import { searchListings } from "@/lib/listings";

function highlight(text: string, q: string) {
  if (!q) return text;
  return text.split(q).join(`<mark>${q}</mark>`);
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q = "" } = await searchParams;
  const results = await searchListings(q);
  return (
    <main className="p-6">
      <h1 dangerouslySetInnerHTML={{ __html: `Results for <strong>${q}</strong>` }} />
      <ul>
        {results.map((r) => (
          <li key={r.id} dangerouslySetInnerHTML={{ __html: highlight(r.title, q) }} />
        ))}
      </ul>
    </main>
  );
}
