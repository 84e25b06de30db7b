// Turns "=price * qty" into a function of the row values
export function compileFormula(formula: string) {
  const body = formula.trim().replace(/^=/, "");
  // eslint-disable-next-line no-new-func
  return new Function("row", `with (row) { return (${body}); }`) as (row: Record<string, unknown>) => unknown;
}
