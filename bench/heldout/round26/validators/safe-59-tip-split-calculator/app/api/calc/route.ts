import { NextResponse } from "next/server";
import { create, all } from "mathjs";

const math = create(all);
const limitedEvaluate = math.evaluate;

math.import(
  {
    import: () => { throw new Error("disabled"); },
    createUnit: () => { throw new Error("disabled"); },
    evaluate: () => { throw new Error("disabled"); },
    parse: () => { throw new Error("disabled"); },
    simplify: () => { throw new Error("disabled"); },
    derivative: () => { throw new Error("disabled"); },
  },
  { override: true }
);

export async function POST(req: Request) {
  const { expression } = await req.json();
  if (typeof expression !== "string" || expression.length > 200) {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }
  try {
    const value = limitedEvaluate(expression);
    if (typeof value !== "number" || !Number.isFinite(value)) throw new Error("not a number");
    return NextResponse.json({ value });
  } catch {
    return NextResponse.json({ error: "Could not calculate" }, { status: 422 });
  }
}
