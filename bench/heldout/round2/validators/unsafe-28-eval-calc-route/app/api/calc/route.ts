import { NextResponse } from "next/server";

export const runtime = "nodejs";

export async function POST(req: Request) {
  const { expression } = await req.json();

  if (typeof expression !== "string" || expression.length > 200) {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }

  try {
    // support things like "12.5 * 3 + 8%"
    const normalized = expression.replace(/(\d+(?:\.\d+)?)%/g, "($1/100)").replace(/×/g, "*").replace(/÷/g, "/");
    const result = eval(normalized);
    return NextResponse.json({ result: Number(result) });
  } catch {
    return NextResponse.json({ error: "Could not evaluate" }, { status: 422 });
  }
}
