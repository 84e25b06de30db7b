import { Hono } from "hono";
import { sql } from "kysely";
import { db } from "../db";

export const jobs = new Hono();

jobs.get("/", async (c) => {
  const sort = c.req.query("sort") ?? "posted_at";
  const dir = c.req.query("dir") ?? "desc";
  const remote = c.req.query("remote") === "1";

  let q = db.selectFrom("jobs").select(["id", "title", "company", "salary_min", "salary_max", "posted_at"]);
  if (remote) q = q.where("remote", "=", true);

  const rows = await q.orderBy(sql.raw(`${sort} ${dir}`)).limit(100).execute();
  return c.json(rows);
});
