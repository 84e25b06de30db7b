import { NextResponse } from "next/server";
import { evaluateArithmetic } from "@/lib/arith";

export async function POST(req: Request) {
  const { expression, tipPercent } = await req.json();
  try {
    const subtotal = evaluateArithmetic(String(expression));
    const pct = Math.min(Math.max(Number(tipPercent ?? 15), 0), 100);
    const tip = (subtotal * pct) / 100;
    return NextResponse.json({ subtotal, tip, total: subtotal + tip });
  } catch {
    return NextResponse.json({ error: "Could not calculate" }, { status: 400 });
  }
}
