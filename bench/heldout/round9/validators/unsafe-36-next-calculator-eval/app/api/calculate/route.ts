import { NextResponse } from "next/server";

export async function POST(req: Request) {
  const { expression, precision = 2 } = await req.json();

  if (typeof expression !== "string" || expression.length > 200) {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }

  // support things like "12.5 * (1 + 0.2)" and "Math.sqrt(16)"
  const normalized = expression.replace(/×/g, "*").replace(/÷/g, "/").replace(/,/g, ".");

  try {
    const result = eval(normalized);
    if (typeof result !== "number" || !Number.isFinite(result)) {
      return NextResponse.json({ error: "Result is not a number" }, { status: 422 });
    }
    return NextResponse.json({ result: Number(result.toFixed(precision)) });
  } catch {
    return NextResponse.json({ error: "Could not evaluate expression" }, { status: 400 });
  }
}
