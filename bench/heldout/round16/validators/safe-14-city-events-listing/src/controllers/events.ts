import type { Request, Response } from "express";
import { knex } from "../db";

const SORTABLE = ["starts_at", "title", "city"] as const;
type SortKey = (typeof SORTABLE)[number];

export async function listEvents(req: Request, res: Response) {
  const requested = String(req.query.sort ?? "");
  const sort: SortKey = (SORTABLE as readonly string[]).includes(requested) ? (requested as SortKey) : "starts_at";
  const dir = req.query.dir === "desc" ? "desc" : "asc";
  const rows = await knex("events")
    .select("id", "title", "city", "starts_at")
    .where("public", true)
    .orderBy(sort, dir)
    .limit(50);
  res.json(rows);
}
