import { NextResponse } from "next/server";

const ALLOWED = /^[0-9+\-*/().\s%a-zA-Z]*$/;

export async function POST(req: Request) {
  const { expression } = await req.json();

  if (typeof expression !== "string" || !ALLOWED.test(expression)) {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }

  try {
    const result = eval(expression.replace(/\^/g, "**"));
    return NextResponse.json({ result });
  } catch {
    return NextResponse.json({ error: "Could not evaluate" }, { status: 422 });
  }
}
