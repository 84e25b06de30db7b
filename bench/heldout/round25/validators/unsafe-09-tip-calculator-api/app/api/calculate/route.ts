import { NextResponse } from "next/server";

export async function POST(req: Request) {
  const { expression } = (await req.json()) as { expression: string };
  if (typeof expression !== "string" || expression.length > 200) {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }
  try {
    const result = eval(expression.replace(/x/g, "*"));
    return NextResponse.json({ result: Number(result) });
  } catch {
    return NextResponse.json({ error: "Could not evaluate" }, { status: 422 });
  }
}
