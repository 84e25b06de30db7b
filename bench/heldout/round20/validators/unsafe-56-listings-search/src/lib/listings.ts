import { supabase } from "./supabase";

export async function searchListings(term: string) {
  const { data, error } = await supabase.rpc("search_listings", { p_term: term });
  if (error) throw error;
  return data;
}
