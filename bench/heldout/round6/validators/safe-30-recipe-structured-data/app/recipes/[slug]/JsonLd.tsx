type Recipe = { name: string; description: string; image: string; ingredients: string[]; totalMinutes: number };

export function RecipeJsonLd({ recipe }: { recipe: Recipe }) {
  const data = {
    "@context": "https://schema.org",
    "@type": "Recipe",
    name: recipe.name,
    description: recipe.description,
    image: [recipe.image],
    recipeIngredient: recipe.ingredients,
    totalTime: `PT${recipe.totalMinutes}M`,
  };
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}
