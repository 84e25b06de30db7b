import { NextResponse } from "next/server";

export async function POST(req: Request) {
  const { expression, people } = await req.json();
  if (typeof expression !== "string" || expression.length > 200) {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }
  try {
    const total = eval(expression);
    const perPerson = people ? Number(total) / Number(people) : Number(total);
    return NextResponse.json({ total, perPerson: Math.round(perPerson * 100) / 100 });
  } catch {
    return NextResponse.json({ error: "Could not calculate" }, { status: 422 });
  }
}
