import { NextResponse } from "next/server";
import { compute } from "@/lib/formula";

export async function POST(req: Request) {
  const { expression, vars } = await req.json();
  if (typeof expression !== "string" || expression.length > 500) {
    return NextResponse.json({ error: "Invalid formula" }, { status: 400 });
  }
  try {
    return NextResponse.json({ value: compute(expression, vars ?? {}) });
  } catch {
    return NextResponse.json({ error: "Could not evaluate" }, { status: 422 });
  }
}
