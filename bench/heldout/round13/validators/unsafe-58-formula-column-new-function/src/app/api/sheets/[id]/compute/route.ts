import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

type Row = Record<string, number | string | null>;

function compileFormula(expr: string) {
  const cleaned = expr.trim().replace(/^=/, "");
  return new Function("row", "Math", `with (row) { return (${cleaned}); }`) as (r: Row, m: Math) => unknown;
}

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { formula, column } = await req.json();
  const { data: rows } = await supabase.from("sheet_rows").select("id, cells").eq("sheet_id", id);

  const fn = compileFormula(String(formula));
  const results = (rows ?? []).map((r) => ({ id: r.id, [column]: fn(r.cells as Row, Math) }));
  return NextResponse.json({ results });
}
