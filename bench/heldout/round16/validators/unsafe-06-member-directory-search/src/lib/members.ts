import { supabase } from "@/lib/supabase";

export async function searchMembers(term: string) {
  const { data, error } = await supabase.rpc("search_members", { search: term });
  if (error) throw error;
  return data;
}
