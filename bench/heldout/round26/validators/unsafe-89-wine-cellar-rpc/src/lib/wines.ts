import { supabase } from "./supabase";

export async function searchWines(region: string, maxPrice?: number) {
  const { data, error } = await supabase.rpc("search_wines", {
    p_region: region,
    p_max_price: maxPrice ?? null,
  });
  if (error) throw error;
  return data;
}
