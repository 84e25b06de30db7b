import type { PageServerLoad } from "./$types";
import { searchRecipes } from "$lib/server/recipes";

export const load: PageServerLoad = async ({ url }) => {
  const tags = url.searchParams.getAll("tag");
  const max = url.searchParams.get("max");
  const recipes = await searchRecipes(tags, max ? Number(max) : undefined);
  return { recipes, tags };
};
