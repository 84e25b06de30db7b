import { supabase } from "./supabase";

export async function listEntries() {
  const { data, error } = await supabase
    .from("journal_entries")
    .select("id, mood, entry, tags, created_at")
    .order("created_at", { ascending: false });
  if (error) throw error;
  return data;
}

export async function addEntry(mood: number, entry: string, tags: string[]) {
  const { error } = await supabase.from("journal_entries").insert({ mood, entry, tags });
  if (error) throw error;
}
