import { createClient } from "@/lib/supabase/server";

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q = "" } = await searchParams;
  const supabase = await createClient();
  const { data } = await supabase.rpc("search_recipes", { search_term: q });
  return (
    <ul>
      {(data ?? []).map((r: { id: string; title: string }) => (
        <li key={r.id}>{r.title}</li>
      ))}
    </ul>
  );
}
