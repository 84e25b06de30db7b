import { NextResponse } from "next/server";
import { evaluate } from "@/lib/calc";

export async function POST(req: Request) {
  const { expression } = await req.json();
  if (typeof expression !== "string" || expression.length > 200) {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }
  try {
    return NextResponse.json({ result: evaluate(expression) });
  } catch {
    return NextResponse.json({ error: "Could not evaluate" }, { status: 400 });
  }
}
