export type Rule =
  | { op: "eq"; field: string; value: string | number | boolean }
  | { op: "gt" | "lt"; field: string; value: number }
  | { op: "and" | "or"; rules: Rule[] };

export function evaluateRule(rule: Rule, answers: Record<string, unknown>): boolean {
  switch (rule.op) {
    case "eq":
      return answers[rule.field] === rule.value;
    case "gt":
      return Number(answers[rule.field]) > rule.value;
    case "lt":
      return Number(answers[rule.field]) < rule.value;
    case "and":
      return rule.rules.every((r) => evaluateRule(r, answers));
    case "or":
      return rule.rules.some((r) => evaluateRule(r, answers));
  }
}

export function parseRules(json: string): Rule[] {
  const data = JSON.parse(json);
  if (!Array.isArray(data)) throw new Error("rules must be an array");
  return data as Rule[];
}
