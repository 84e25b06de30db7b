import { createClient } from "@/lib/supabase/client";

export async function listEntries(userId: string) {
  const supabase = createClient();
  const { data } = await supabase
    .from("journal_entries")
    .select("*")
    .eq("user_id", userId)
    .order("created_at", { ascending: false });
  return data ?? [];
}
