import { createClient } from "@/lib/supabase/server";

type Props = { searchParams: Promise<{ q?: string }> };

export default async function SearchPage({ searchParams }: Props) {
  const { q = "" } = await searchParams;
  const supabase = await createClient();
  const { data: results } = await supabase
    .from("listings")
    .select("id, name, city")
    .ilike("name", `%${q}%`)
    .limit(20);

  const heading = `Results for <mark>${q}</mark> (${results?.length ?? 0})`;

  return (
    <main className="p-6">
      <h1 className="mb-4 text-2xl" dangerouslySetInnerHTML={{ __html: heading }} />
      <ul>
        {results?.map((r) => (
          <li key={r.id}>
            {r.name} · {r.city}
          </li>
        ))}
      </ul>
    </main>
  );
}
