import { NextResponse } from "next/server";
import { evaluate } from "mathjs";
import { z } from "zod";

const Input = z.object({ expression: z.string().min(1).max(120) });

export async function POST(req: Request) {
  const parsed = Input.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid input" }, { status: 400 });
  try {
    const value = evaluate(parsed.data.expression);
    return NextResponse.json({ result: String(value) });
  } catch {
    return NextResponse.json({ error: "Could not evaluate" }, { status: 422 });
  }
}
