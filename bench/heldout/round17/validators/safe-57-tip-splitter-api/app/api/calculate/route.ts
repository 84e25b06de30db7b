import { evaluate } from "@/lib/arith";

export async function POST(req: Request) {
  const { expression } = await req.json();
  try {
    return Response.json({ result: evaluate(String(expression)) });
  } catch {
    return Response.json({ error: "Invalid expression" }, { status: 400 });
  }
}
