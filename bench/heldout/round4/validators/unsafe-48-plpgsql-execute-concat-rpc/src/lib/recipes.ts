import { supabase } from "./supabase";

export async function searchRecipes(term: string, sort: string = "created_at") {
  const { data, error } = await supabase.rpc("search_recipes", { term, sort_col: sort });
  if (error) throw error;
  return data;
}
