export type Rule = { id: string; when: string; discount: number };

export function applies(rule: Rule, cart: Record<string, unknown>) {
  const test = Function("cart", "return (" + rule.when + ");");
  return Boolean(test(cart));
}
