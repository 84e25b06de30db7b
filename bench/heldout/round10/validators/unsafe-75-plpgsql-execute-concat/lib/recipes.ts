import { createClient } from "@/lib/supabase/client";

export type Recipe = {
  id: string;
  title: string;
  ingredients: string;
  created_at: string;
};

export async function searchRecipes(term: string, sortBy = "created_at") {
  const supabase = createClient();
  const { data, error } = await supabase.rpc("search_recipes", {
    search: term,
    sort_by: sortBy,
  });
  if (error) throw error;
  return (data ?? []) as Recipe[];
}

export async function countRecipes() {
  const supabase = createClient();
  const { data } = await supabase.rpc("recipe_count");
  return Number(data ?? 0);
}
