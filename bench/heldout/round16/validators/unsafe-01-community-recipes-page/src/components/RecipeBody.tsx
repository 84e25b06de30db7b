import { marked } from "marked";
import { useMemo } from "react";

interface RecipeBodyProps {
  recipe: { title: string; markdown: string; author: string };
}

export default function RecipeBody({ recipe }: RecipeBodyProps) {
  const html = useMemo(() => marked.parse(recipe.markdown, { async: false }) as string, [recipe.markdown]);
  return (
    <section>
      <h1>{recipe.title}</h1>
      <p className="text-sm text-gray-500">by {recipe.author}</p>
      <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
