import { NextResponse } from "next/server";
import { calculate } from "@/lib/calc";

export async function POST(req: Request) {
  const { expression } = (await req.json()) as { expression: string };
  if (typeof expression !== "string" || expression.length > 200) {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }
  try {
    return NextResponse.json({ result: calculate(expression) });
  } catch (e) {
    return NextResponse.json({ error: (e as Error).message }, { status: 400 });
  }
}
