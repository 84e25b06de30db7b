const ALLOWED_VARS = ["income", "rent", "food", "transport", "savings"] as const;

export type Vars = Partial<Record<(typeof ALLOWED_VARS)[number], number>>;

export function compute(expression: string, vars: Vars): number {
  const names = ALLOWED_VARS.filter((k) => k in vars);
  const values = names.map((k) => Number(vars[k] ?? 0));
  const fn = Function(...names, `"use strict"; return (${expression});`);
  const result = fn(...values);
  return typeof result === "number" ? result : NaN;
}
