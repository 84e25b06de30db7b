import { applies, type Rule } from "@/lib/rules";

export async function POST(req: Request) {
  const { rule, cart } = (await req.json()) as { rule: Rule; cart: Record<string, unknown> };
  return Response.json({ matches: applies(rule, cart) });
}
