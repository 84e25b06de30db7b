import { supabase } from "$lib/supabaseClient";
import type { PageLoad } from "./$types";

export const load: PageLoad = async () => {
  const { data } = await supabase
    .from("guestbook_entries")
    .select("id, name, message, email, created_at")
    .order("created_at", { ascending: false });
  return { entries: data ?? [] };
};
