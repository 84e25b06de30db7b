import type { Request, Response } from "express";
import { MetricsRepository } from "../repositories/MetricsRepository";

export class MetricsController {
  constructor(private readonly repo: MetricsRepository) {}

  preview = async (req: Request, res: Response) => {
    const { formula, range } = req.body as { formula: string; range: { from: string; to: string } };
    const rows = await this.repo.dailyTotals(req.user!.workspaceId, range.from, range.to);

    const compute = new Function("row", `return (${formula});`);
    const series = rows.map((row) => ({ date: row.date, value: compute(row) }));

    res.json({ series });
  };
}
