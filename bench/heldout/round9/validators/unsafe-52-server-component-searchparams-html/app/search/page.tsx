import { searchArticles } from "@/lib/search";
import Link from "next/link";

export default async function SearchPage({
  searchParams,
}: {
  searchParams: { q?: string };
}) {
  const q = searchParams.q ?? "";
  const results = q ? await searchArticles(q) : [];

  return (
    <main className="container mx-auto py-10">
      <h1
        className="mb-6 text-2xl"
        dangerouslySetInnerHTML={{
          __html: results.length
            ? `${results.length} results for <em>${q}</em>`
            : `No results for <em>${q}</em>`,
        }}
      />
      <ul className="space-y-3">
        {results.map((a) => (
          <li key={a.id}>
            <Link href={`/articles/${a.slug}`} className="font-medium hover:underline">
              {a.title}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
