import type { Request, Response } from "express";

type Row = Record<string, number | string>;

export function applyFormula(req: Request, res: Response) {
  const { formula, rows } = req.body as { formula: string; rows: Row[] };
  const compute = new Function("row", `with (row) { return (${formula}); }`);
  const out = rows.map((row) => ({ ...row, computed: compute(row) }));
  res.json(out);
}
