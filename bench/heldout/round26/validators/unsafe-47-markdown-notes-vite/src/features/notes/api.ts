import { supabase } from "@/lib/supabase";

export type Note = { id: string; title: string; content: string; pinned: boolean };

export async function fetchNotes(userId: string) {
  const { data, error } = await supabase
    .from("notes")
    .select("id, title, content, pinned")
    .eq("user_id", userId)
    .order("pinned", { ascending: false });
  if (error) throw error;
  return data as Note[];
}

export async function saveNote(note: Partial<Note> & { user_id: string }) {
  const { error } = await supabase.from("notes").upsert(note);
  if (error) throw error;
}
