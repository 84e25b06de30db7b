export type Row = Record<string, number | string | null>;

export function compileFormula(formula: string) {
  const body = formula.trim().replace(/^=/, "");
  return new Function("row", "Math", `with (row) { return (${body}); }`) as (
    row: Row,
    math: Math
  ) => unknown;
}
