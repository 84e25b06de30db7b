import { supabase } from "@/integrations/supabase/client";

export async function searchRecipes(term: string, maxMinutes = 120) {
  const { data, error } = await supabase.rpc("search_recipes", { term, max_minutes: maxMinutes });
  if (error) throw error;
  return data;
}
