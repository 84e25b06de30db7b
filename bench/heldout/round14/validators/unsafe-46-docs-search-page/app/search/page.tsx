import { searchDocs } from "@/lib/search";

export default async function SearchPage({ searchParams }: { searchParams: { q?: string } }) {
  const q = searchParams.q ?? "";
  const results = q ? await searchDocs(q) : [];

  return (
    <div className="mx-auto max-w-2xl">
      <h1
        className="text-xl"
        dangerouslySetInnerHTML={{ __html: `Results for <mark>${q}</mark> (${results.length})` }}
      />
      <ul>
        {results.map((r) => (
          <li key={r.id}>
            <a href={`/docs/${r.slug}`}>{r.title}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
