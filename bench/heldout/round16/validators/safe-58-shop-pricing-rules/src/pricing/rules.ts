import { z } from "zod";

const OPS = {
  percent_off: (price: number, arg: number) => price * (1 - arg / 100),
  amount_off: (price: number, arg: number) => Math.max(0, price - arg),
  fixed_price: (_price: number, arg: number) => arg,
} as const;

export const Rule = z.object({
  op: z.enum(["percent_off", "amount_off", "fixed_price"]),
  arg: z.number().nonnegative(),
  minQty: z.number().int().min(1).default(1),
});
export type Rule = z.infer<typeof Rule>;

export function applyRules(price: number, qty: number, rules: unknown[]): number {
  let p = price;
  for (const raw of rules) {
    const rule = Rule.parse(raw);
    if (qty >= rule.minQty) p = OPS[rule.op](p, rule.arg);
  }
  return Math.round(p * 100) / 100;
}
