import { NextResponse } from "next/server";
import { Parser } from "expr-eval";
import { z } from "zod";

const parser = new Parser({ operators: { assignment: false, in: false, logical: false, comparison: false } });

const Body = z.object({
  expression: z.string().max(200).regex(/^[0-9+\-*/().\s%]+$/),
  tipPercent: z.number().min(0).max(100),
});

export async function POST(req: Request) {
  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  const subtotal = parser.evaluate(parsed.data.expression.replace(/%/g, "/100"));
  const tip = (subtotal * parsed.data.tipPercent) / 100;
  return NextResponse.json({ subtotal, tip, total: subtotal + tip });
}
