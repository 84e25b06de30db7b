"use server";

import { compileFormula } from "@/lib/formula";
import { createClient } from "@/lib/supabase/server";

export async function addComputedColumn(sheetId: string, name: string, formula: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Not signed in");

  const { data: rows } = await supabase
    .from("sheet_rows")
    .select("id, data")
    .eq("sheet_id", sheetId)
    .eq("owner_id", user.id);

  const fn = compileFormula(formula);
  const computed = (rows ?? []).map((r) => ({ id: r.id, value: fn(r.data) }));

  await supabase.from("sheet_columns").insert({ sheet_id: sheetId, name, formula, owner_id: user.id });
  return computed;
}
