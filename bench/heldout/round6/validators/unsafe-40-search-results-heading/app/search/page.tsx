import { searchArticles } from "@/lib/search";

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string }>;
}) {
  const { q = "" } = await searchParams;
  const results = q ? await searchArticles(q) : [];

  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1
        className="text-2xl"
        dangerouslySetInnerHTML={{ __html: `Results for <mark>${q}</mark>` }}
      />
      <ul>
        {results.map((r) => (
          <li key={r.id}>
            <a href={`/articles/${r.slug}`}>{r.title}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
