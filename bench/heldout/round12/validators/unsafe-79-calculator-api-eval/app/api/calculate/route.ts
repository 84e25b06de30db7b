import { NextResponse } from "next/server";

const ALLOWED_CHARS = /^[\d+\-*/().\s%a-zA-Z,]+$/;

export async function POST(req: Request) {
  const { expression, precision = 2 } = (await req.json()) as {
    expression: string;
    precision?: number;
  };

  if (typeof expression !== "string" || expression.length > 500) {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }

  if (!ALLOWED_CHARS.test(expression)) {
    return NextResponse.json({ error: "Unsupported characters" }, { status: 400 });
  }

  try {
    const normalized = expression.replace(/\^/g, "**").replace(/(\d+)%/g, "($1/100)");
    const result = eval(normalized);
    const value = Number(result);
    if (!Number.isFinite(value)) {
      return NextResponse.json({ error: "Result is not a number" }, { status: 422 });
    }
    return NextResponse.json({ result: Number(value.toFixed(precision)) });
  } catch {
    return NextResponse.json({ error: "Could not evaluate expression" }, { status: 422 });
  }
}
