import type { Request, Response } from "express";
import { knex } from "../db";

export async function listJobs(req: Request, res: Response) {
  const sort = (req.query.sort as string) || "posted_at";
  const dir = (req.query.dir as string) || "desc";
  const page = Math.max(1, Number(req.query.page) || 1);
  const rows = await knex.raw(
    `select id, title, company, location, posted_at from jobs where active = true order by ${sort} ${dir} limit 20 offset ?`,
    [(page - 1) * 20]
  );
  res.json(rows.rows);
}
