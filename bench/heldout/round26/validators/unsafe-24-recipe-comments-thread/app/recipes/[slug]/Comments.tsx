import { createClient } from "@/lib/supabase/server";
import { formatDistanceToNow } from "date-fns";

export async function Comments({ recipeId }: { recipeId: string }) {
  const supabase = await createClient();
  const { data: comments } = await supabase
    .from("comments")
    .select("id, body, created_at, profiles(username)")
    .eq("recipe_id", recipeId)
    .order("created_at", { ascending: true });

  return (
    <section className="mt-10 space-y-4">
      <h2 className="text-lg font-semibold">{comments?.length ?? 0} comments</h2>
      {comments?.map((c) => (
        <article key={c.id} className="rounded-lg border p-4">
          <header className="mb-1 text-sm text-muted-foreground">
            {(c.profiles as { username?: string } | null)?.username ?? "guest"} ·{" "}
            {formatDistanceToNow(new Date(c.created_at))} ago
          </header>
          <div className="prose prose-sm" dangerouslySetInnerHTML={{ __html: c.body }} />
        </article>
      ))}
    </section>
  );
}
