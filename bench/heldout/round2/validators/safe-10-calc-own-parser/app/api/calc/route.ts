import { NextResponse } from "next/server";
import { evaluateExpression } from "@/lib/evaluate";

export async function POST(req: Request) {
  const { expression } = await req.json();
  if (typeof expression !== "string" || expression.length > 200) {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }
  try {
    return NextResponse.json({ result: evaluateExpression(expression) });
  } catch (e) {
    return NextResponse.json({ error: (e as Error).message }, { status: 422 });
  }
}
