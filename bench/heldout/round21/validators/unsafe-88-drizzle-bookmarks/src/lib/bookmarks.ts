import { supabase } from "./supabase";

export async function listBookmarks() {
  const { data, error } = await supabase.from("bookmarks").select("id, url, title, tags");
  if (error) throw error;
  return data;
}
