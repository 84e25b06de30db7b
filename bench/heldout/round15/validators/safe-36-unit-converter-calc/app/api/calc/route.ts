import { NextResponse } from "next/server";
import { evaluate, parseExpression } from "@/lib/evaluate";

export async function POST(req: Request) {
  const { expression } = await req.json();
  try {
    const [a, op, b] = parseExpression(String(expression));
    return NextResponse.json({ result: evaluate(a, op, b) });
  } catch (e) {
    return NextResponse.json({ error: (e as Error).message }, { status: 400 });
  }
}
