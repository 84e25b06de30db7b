import { createClient } from "@/lib/supabase/client";

export async function listDocuments() {
  const supabase = createClient();
  const { data } = await supabase.from("documents").select("id, title, signed").order("created_at");
  return data ?? [];
}
