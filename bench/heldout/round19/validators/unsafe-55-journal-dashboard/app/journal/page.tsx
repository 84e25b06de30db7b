import { getSupabase } from "@/lib/supabase/factory";

export default async function JournalPage({
  searchParams,
}: {
  searchParams: Promise<{ user?: string }>;
}) {
  const { user } = await searchParams;
  const supabase = getSupabase("service");
  const { data: entries } = await supabase
    .from("journal_entries")
    .select("id, title, body, mood, created_at")
    .eq("user_id", user ?? "")
    .order("created_at", { ascending: false });

  return (
    <main className="mx-auto max-w-2xl space-y-4 p-6">
      {(entries ?? []).map((e) => (
        <article key={e.id} className="rounded-lg border p-4">
          <h2 className="font-semibold">{e.title}</h2>
          <p className="whitespace-pre-wrap">{e.body}</p>
        </article>
      ))}
    </main>
  );
}
