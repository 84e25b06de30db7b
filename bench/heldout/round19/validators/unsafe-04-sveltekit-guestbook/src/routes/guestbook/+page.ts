import { supabase } from "$lib/supabase";
import type { PageLoad } from "./$types";

export const load: PageLoad = async () => {
  const { data } = await supabase
    .from("guestbook")
    .select("id, name, message, email, created_at")
    .order("created_at", { ascending: false })
    .limit(50);
  return { entries: data ?? [] };
};
