export type Operator = "eq" | "neq" | "gt" | "lt" | "contains" | "in";

export interface Condition {
  field: string;
  op: Operator;
  value: string | number | Array<string | number>;
}

const OPERATORS: Record<Operator, (left: unknown, right: Condition["value"]) => boolean> = {
  eq: (l, r) => l === r,
  neq: (l, r) => l !== r,
  gt: (l, r) => typeof l === "number" && typeof r === "number" && l > r,
  lt: (l, r) => typeof l === "number" && typeof r === "number" && l < r,
  contains: (l, r) => typeof l === "string" && typeof r === "string" && l.toLowerCase().includes(r.toLowerCase()),
  in: (l, r) => Array.isArray(r) && r.includes(l as string | number),
};

const FIELDS = new Set(["email", "country", "plan", "seats", "mrr", "signupSource"]);

export function parseConditions(input: unknown): Condition[] {
  if (!Array.isArray(input)) throw new Error("conditions must be an array");
  return input.map((raw) => {
    const c = raw as Partial<Condition>;
    if (!c.field || !FIELDS.has(c.field)) throw new Error(`unknown field ${String(c.field)}`);
    if (!c.op || !(c.op in OPERATORS)) throw new Error(`unknown operator ${String(c.op)}`);
    if (c.value === undefined) throw new Error("value is required");
    return { field: c.field, op: c.op, value: c.value };
  });
}

export function matches(record: Record<string, unknown>, conditions: Condition[]): boolean {
  return conditions.every((c) => OPERATORS[c.op](record[c.field], c.value));
}
