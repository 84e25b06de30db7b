import { searchDocs } from "@/lib/search";

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q = "" } = await searchParams;
  const results = q ? await searchDocs(q) : [];
  const heading = { __html: `Results for <mark>${q}</mark> (${results.length})` };
  return (
    <main className="mx-auto max-w-2xl py-10">
      <h1 className="text-xl" dangerouslySetInnerHTML={heading} />
      <ul>
        {results.map((r) => (
          <li key={r.slug}>
            <a href={`/docs/${r.slug}`}>{r.title}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
