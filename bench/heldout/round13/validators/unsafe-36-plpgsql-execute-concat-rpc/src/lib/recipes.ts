import { supabase } from "./supabase";

export async function searchRecipes(term: string, sort: string) {
  const { data, error } = await supabase.rpc("search_recipes", { p_search: term, p_sort: sort });
  if (error) throw error;
  return data;
}
