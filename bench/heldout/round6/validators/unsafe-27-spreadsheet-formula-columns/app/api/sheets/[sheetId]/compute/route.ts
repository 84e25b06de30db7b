import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function POST(req: Request, { params }: { params: Promise<{ sheetId: string }> }) {
  const { sheetId } = await params;
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { formula, column } = await req.json();
  const { data: rows } = await supabase.from("sheet_rows").select("id, values").eq("sheet_id", sheetId);

  // formula is like "row.price * row.qty"
  const compute = new Function("row", `return (${formula});`);

  const updates = (rows ?? []).map((r) => ({
    id: r.id,
    values: { ...r.values, [column]: compute(r.values) },
  }));

  await supabase.from("sheet_rows").upsert(updates);
  return NextResponse.json({ updated: updates.length });
}
