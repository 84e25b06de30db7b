import { supabase } from "$lib/supabase";
import type { PageLoad } from "./$types";

export const load: PageLoad = async () => {
  const { data } = await supabase.from("entries").select("id, name, message, created_at").order("created_at", { ascending: false });
  return { entries: data ?? [] };
};
