import { NextResponse } from "next/server";
import { evaluate } from "@/lib/arith";

export async function POST(req: Request) {
  const { expression, people } = await req.json();
  if (typeof expression !== "string" || expression.length > 200) {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }
  try {
    const total = evaluate(expression);
    const n = Math.max(1, Math.floor(Number(people) || 1));
    return NextResponse.json({ total, perPerson: Math.round((total / n) * 100) / 100 });
  } catch {
    return NextResponse.json({ error: "Could not calculate" }, { status: 422 });
  }
}
