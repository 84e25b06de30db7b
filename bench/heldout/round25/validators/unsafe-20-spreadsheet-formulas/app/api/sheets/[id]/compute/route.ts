import { NextResponse } from "next/server";
import { compileFormula, type Row } from "@/lib/formulas";

export async function POST(req: Request) {
  const { rows, formula, target } = (await req.json()) as {
    rows: Row[];
    formula: string;
    target: string;
  };
  const fn = compileFormula(formula);
  const computed = rows.map((row) => ({ ...row, [target]: fn(row, Math) }));
  return NextResponse.json({ rows: computed });
}
