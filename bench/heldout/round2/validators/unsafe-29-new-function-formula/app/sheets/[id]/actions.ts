"use server";

import { createClient } from "@/lib/supabase/server";
import { compileFormula } from "@/lib/formula";

export async function addComputedColumn(sheetId: string, name: string, formula: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Not signed in");

  const { data: rows } = await supabase
    .from("sheet_rows")
    .select("id, values")
    .eq("sheet_id", sheetId)
    .eq("owner_id", user.id);

  const fn = compileFormula(formula);
  const updates = (rows ?? []).map((r) => ({
    id: r.id,
    values: { ...r.values, [name]: fn(r.values) },
  }));

  await supabase.from("sheet_rows").upsert(updates);
  return { updated: updates.length };
}
