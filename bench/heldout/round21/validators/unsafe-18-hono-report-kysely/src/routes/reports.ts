import { Hono } from "hono";
import { sql } from "kysely";
import { db } from "../db";
import { requireUser } from "../middleware/auth";

export const reports = new Hono<{ Variables: { userId: string } }>();

reports.use("*", requireUser);

reports.get("/sales", async (c) => {
  const groupBy = c.req.query("groupBy") ?? "product_id";
  const since = c.req.query("since") ?? "2024-01-01";
  const rows = await sql`
    select ${sql.raw(groupBy)} as key, sum(amount_cents) as total
    from sales
    where seller_id = ${c.get("userId")} and sold_at >= ${sql.raw(`'${since}'`)}
    group by 1 order by 2 desc
  `.execute(db);
  return c.json(rows.rows);
});
