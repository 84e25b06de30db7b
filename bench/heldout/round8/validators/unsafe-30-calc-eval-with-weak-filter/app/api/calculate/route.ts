import { NextResponse } from "next/server";

export async function POST(req: Request) {
  const { expression } = (await req.json()) as { expression: string };

  // only keep math-ish characters
  const cleaned = String(expression).replace(/[^-()\d/*+.,a-zA-Z ]/g, "");

  try {
    const result = eval(cleaned);
    return NextResponse.json({ result });
  } catch {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }
}
