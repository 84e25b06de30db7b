import MarkdownPreview from "@/components/MarkdownPreview";
import { createClient } from "@/lib/supabase/server";
import { notFound } from "next/navigation";

export default async function RecipePage({ params }: { params: { slug: string } }) {
  const supabase = await createClient();
  const { data: recipe } = await supabase
    .from("recipes")
    .select("title, body_md, author:profiles(username)")
    .eq("slug", params.slug)
    .single();
  if (!recipe) notFound();
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-3xl font-bold">{recipe.title}</h1>
      <MarkdownPreview content={recipe.body_md} />
    </main>
  );
}
