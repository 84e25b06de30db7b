import { searchDocs } from "@/lib/search";

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string }>;
}) {
  const { q = "" } = await searchParams;
  const results = await searchDocs(q);

  return (
    <main className="mx-auto max-w-2xl">
      <h1 dangerouslySetInnerHTML={{ __html: `Results for <mark>${q}</mark>` }} />
      <ul>
        {results.map((r) => (
          <li key={r.href}>
            <a href={r.href}>{r.title}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
