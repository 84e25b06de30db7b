export type RowData = Record<string, number | string | null>;

export function compileFormula(formula: string) {
  const body = formula.trim().startsWith("=") ? formula.trim().slice(1) : formula;
  // columns are available as variables, e.g. =price * qty
  return new Function("row", `with (row) { return (${body}); }`) as (row: RowData) => unknown;
}
