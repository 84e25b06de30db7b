import type { Request, Response } from "express";
import { pool } from "./db";

const SORTABLE: Record<string, string> = {
  name: "d.name",
  value: "d.value_cents",
  stage: "d.stage",
  updated: "d.updated_at",
};

export async function listDeals(req: Request, res: Response) {
  const column = SORTABLE[String(req.query.sort)] ?? "d.updated_at";
  const direction = req.query.dir === "asc" ? "asc" : "desc";
  const search = typeof req.query.q === "string" ? req.query.q : "";

  const { rows } = await pool.query(
    `select d.id, d.name, d.value_cents, d.stage, d.updated_at
       from deals d
      where d.owner_id = $1 and d.name ilike '%' || $2 || '%'
      order by ${column} ${direction}
      limit 100`,
    [req.user!.id, search]
  );
  res.json(rows);
}
