export function compileFormula(formula: string) {
  const expr = formula.replace(/^=/, "");
  return new Function("row", "Math", `with (row) { return (${expr}); }`) as (row: Record<string, number>, m: Math) => unknown;
}
