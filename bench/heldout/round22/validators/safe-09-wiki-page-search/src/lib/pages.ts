import { supabase } from "@/integrations/supabase/client";

export async function searchPages(term: string, field: "title" | "body" = "title") {
  const { data, error } = await supabase.rpc("search_pages", { term, field });
  if (error) throw error;
  return data ?? [];
}
