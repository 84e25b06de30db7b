"use server";

import { createClient } from "@supabase/supabase-js";

const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);

export async function searchMenu(term: string) {
  const q = term.trim().slice(0, 50);
  const { data } = await supabase
    .from("menu_items")
    .select("id, name, price_cents")
    .eq("available", true)
    .ilike("name", `%${q}%`)
    .limit(20);
  return data ?? [];
}
