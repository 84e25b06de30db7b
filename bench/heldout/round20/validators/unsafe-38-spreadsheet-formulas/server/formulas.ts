export type Row = Record<string, number | string | null>;

export function compileFormula(formula: string) {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return new Function("row", "Math", `with (row) { return (${body}); }`) as (row: Row, m: Math) => unknown;
}
