"use server";

import { createClient } from "@/lib/supabase/server";

export async function searchRecipes(term: string) {
  const supabase = await createClient();
  const q = term.trim().slice(0, 60);
  if (q.length < 2) return [];

  const { data } = await supabase
    .from("recipes")
    .select("id, title, slug, minutes")
    .eq("published", true)
    .textSearch("title", q, { type: "websearch" })
    .limit(12);

  return data ?? [];
}

export async function saveRecipe(recipeId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: "Sign in to save recipes" };

  const { error } = await supabase
    .from("saved_recipes")
    .upsert({ user_id: user.id, recipe_id: recipeId }, { onConflict: "user_id,recipe_id" });

  return error ? { error: "Could not save" } : { ok: true };
}
