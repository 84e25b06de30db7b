import { NextResponse } from "next/server";
import { evaluate } from "@/lib/calc";

export async function POST(req: Request) {
  const { expression, tipPercent = 15, people = 1 } = await req.json();
  let bill: number;
  try {
    bill = evaluate(String(expression ?? "").slice(0, 200));
  } catch (e) {
    return NextResponse.json({ error: "Could not read that amount" }, { status: 400 });
  }
  if (!Number.isFinite(bill) || bill < 0) {
    return NextResponse.json({ error: "Amount must be positive" }, { status: 400 });
  }
  const tip = (bill * Number(tipPercent)) / 100;
  const total = bill + tip;
  return NextResponse.json({
    tip: tip.toFixed(2),
    total: total.toFixed(2),
    perPerson: (total / Math.max(1, Number(people) || 1)).toFixed(2),
  });
}
