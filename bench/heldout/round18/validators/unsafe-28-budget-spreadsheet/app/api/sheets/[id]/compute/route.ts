import { NextResponse } from "next/server";
import { compileFormula } from "@/server/formulas";
import { getSheetRows } from "@/server/sheets";
import { requireUser } from "@/server/auth";

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const { formula } = (await req.json()) as { formula: string };
  const rows = await getSheetRows(id, user.id);
  const fn = compileFormula(formula);
  return NextResponse.json({ values: rows.map((r) => fn(r, Math)) });
}
