import { NextResponse } from "next/server";

export async function POST(req: Request) {
  const { expression, tipPercent } = await req.json();
  try {
    const subtotal = eval(expression);
    const tip = (Number(subtotal) * Number(tipPercent ?? 15)) / 100;
    return NextResponse.json({ subtotal, tip, total: Number(subtotal) + tip });
  } catch {
    return NextResponse.json({ error: "Could not calculate" }, { status: 400 });
  }
}
