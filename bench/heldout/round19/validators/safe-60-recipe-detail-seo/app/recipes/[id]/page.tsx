import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function RecipePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();
  const { data: recipe } = await supabase.from("recipes").select("name, description, ingredients").eq("id", id).single();
  if (!recipe) notFound();

  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Recipe",
    name: recipe.name,
    description: recipe.description,
    recipeIngredient: recipe.ingredients,
  };

  return (
    <main className="p-6">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
      />
      <h1 className="text-2xl font-semibold">{recipe.name}</h1>
      <p>{recipe.description}</p>
    </main>
  );
}
