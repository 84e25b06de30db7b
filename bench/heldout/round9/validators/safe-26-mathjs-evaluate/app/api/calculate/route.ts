import { NextResponse } from "next/server";
import { create, all } from "mathjs";

const math = create(all, {});
const limitedEvaluate = math.evaluate.bind(math);

math.import(
  {
    import: () => { throw new Error("Function import is disabled"); },
    createUnit: () => { throw new Error("Function createUnit is disabled"); },
    evaluate: () => { throw new Error("Function evaluate is disabled"); },
    parse: () => { throw new Error("Function parse is disabled"); },
  },
  { override: true }
);

export async function POST(req: Request) {
  const { expression } = await req.json();
  if (typeof expression !== "string" || expression.length > 200) {
    return NextResponse.json({ error: "Invalid expression" }, { status: 400 });
  }
  try {
    const result = limitedEvaluate(expression);
    return NextResponse.json({ result: math.format(result, { precision: 10 }) });
  } catch {
    return NextResponse.json({ error: "Could not evaluate" }, { status: 400 });
  }
}
