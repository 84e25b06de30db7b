import { NextResponse } from "next/server";

export async function POST(req: Request) {
  const { formula, variables } = (await req.json()) as {
    formula: string;
    variables: Record<string, number>;
  };

  const names = Object.keys(variables);
  const values = Object.values(variables);

  try {
    const compute = new Function(...names, `return (${formula});`);
    const result = compute(...values);
    return NextResponse.json({ result });
  } catch (e) {
    return NextResponse.json({ error: "Invalid formula" }, { status: 400 });
  }
}
