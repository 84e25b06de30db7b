import { searchDocs } from "@/lib/docs";

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q = "" } = await searchParams;
  const results = await searchDocs(q);
  const heading = `${results.length} results for <mark>${q}</mark>`;

  return (
    <div>
      <h2 dangerouslySetInnerHTML={{ __html: heading }} />
      <ul>
        {results.map((r) => (
          <li key={r.slug}>
            <a href={`/docs/${r.slug}`}>{r.title}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
