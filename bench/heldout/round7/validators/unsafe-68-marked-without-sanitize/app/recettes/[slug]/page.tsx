import { notFound } from "next/navigation";
import { RecipeBody } from "@/components/RecipeBody";
import { createClient } from "@/lib/supabase/server";

export default async function RecettePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: recette } = await supabase
    .from("recipes")
    .select("title, body_md, author:profiles(display_name)")
    .eq("slug", slug)
    .single();
  if (!recette) notFound();

  return (
    <article className="mx-auto max-w-3xl p-6">
      <h1 className="mb-6 text-4xl font-serif">{recette.title}</h1>
      <RecipeBody markdown={recette.body_md} />
    </article>
  );
}
