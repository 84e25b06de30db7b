import { NextResponse } from "next/server";

export async function POST(req: Request) {
  const { expression } = await req.json();
  const cleaned = String(expression).replace(/\s+/g, "");
  try {
    const result = eval(cleaned);
    return NextResponse.json({ result });
  } catch {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }
}
