import { NextResponse } from "next/server";
import { evaluate } from "mathjs";

export async function POST(req: Request) {
  const { expression } = await req.json();
  if (typeof expression !== "string" || expression.length > 200) {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }
  try {
    // e.g. "12 inch to cm" or "3.5 kg * 2"
    const result = evaluate(expression);
    const value = typeof result === "number" ? result : result?.toNumber?.();
    if (!Number.isFinite(value)) throw new Error("not a number");
    return NextResponse.json({ result: result.toString() });
  } catch {
    return NextResponse.json({ error: "Could not evaluate" }, { status: 400 });
  }
}
