import { Suspense } from "react";
import { SearchHeader } from "./SearchHeader";
import { searchDocs } from "@/lib/search";

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q = "" } = await searchParams;
  const results = await searchDocs(q);
  return (
    <main className="container py-10">
      <Suspense>
        <SearchHeader total={results.length} />
      </Suspense>
      <ul className="mt-6 space-y-4">
        {results.map((r) => (
          <li key={r.url}>
            <a href={r.url} className="font-medium underline">
              {r.title}
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
