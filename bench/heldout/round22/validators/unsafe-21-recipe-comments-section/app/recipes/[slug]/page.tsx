import { createClient } from "@/lib/supabase/server";
import { CommentList } from "@/components/comment-list";

export default async function RecipePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: recipe } = await supabase.from("recipes").select("id, title").eq("slug", slug).single();
  const { data: comments } = await supabase
    .from("comments")
    .select("id, author, body, createdAt:created_at")
    .eq("recipe_id", recipe?.id ?? "")
    .order("created_at");

  return (
    <article>
      <h1>{recipe?.title}</h1>
      <CommentList comments={comments ?? []} />
    </article>
  );
}
