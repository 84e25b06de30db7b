import { createClient } from "@/lib/supabase/server";
import { CommentList } from "@/components/CommentList";

export default async function RecipePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: recipe } = await supabase.from("recipes").select("id, title").eq("slug", slug).single();
  const { data: comments } = await supabase
    .from("comments")
    .select("id, author, body, created_at")
    .eq("recipe_id", recipe?.id)
    .order("created_at");

  return (
    <main className="mx-auto max-w-2xl p-6">
      <h1 className="text-3xl font-bold">{recipe?.title}</h1>
      <CommentList comments={comments ?? []} />
    </main>
  );
}
