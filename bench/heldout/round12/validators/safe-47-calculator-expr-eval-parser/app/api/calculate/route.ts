import { Parser } from "expr-eval";
import { NextResponse } from "next/server";

const parser = new Parser({
  operators: {
    add: true,
    subtract: true,
    multiply: true,
    divide: true,
    power: true,
    factorial: false,
    assignment: false,
    logical: false,
    comparison: false,
  },
});

export async function POST(request: Request) {
  const body = (await request.json().catch(() => null)) as { expression?: unknown } | null;
  const expression = typeof body?.expression === "string" ? body.expression : "";

  if (!expression || expression.length > 200) {
    return NextResponse.json({ error: "Enter an expression" }, { status: 400 });
  }

  try {
    const value = parser.evaluate(expression);
    if (typeof value !== "number" || !Number.isFinite(value)) {
      return NextResponse.json({ error: "Result is not a number" }, { status: 422 });
    }
    return NextResponse.json({ result: Math.round(value * 1e6) / 1e6 });
  } catch {
    return NextResponse.json({ error: "Could not parse expression" }, { status: 422 });
  }
}
