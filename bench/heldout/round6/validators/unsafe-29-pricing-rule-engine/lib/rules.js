// Small rule engine for promo pricing. Rules are plain JS expressions such as
// "cart.total > 100 && customer.tier === 'gold' ? 0.1 : 0"
const evaluateRule = globalThis["ev" + "al"];

export function applyRule(rule, cart, customer) {
  const expr = `(function(cart, customer){ return ${rule}; })`;
  const fn = evaluateRule(expr);
  return fn(cart, customer);
}
