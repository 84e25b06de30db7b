import { Hono } from "hono";
import { sql } from "drizzle-orm";
import { db } from "./db";
import { tickets } from "./schema";

export const ticketsApi = new Hono<{ Variables: { userId: string } }>();

ticketsApi.get("/tickets", async (c) => {
  const status = c.req.query("status") ?? "open";
  const since = c.req.query("since") ?? "1970-01-01";
  const userId = c.get("userId");

  const rows = await db
    .select({
      id: tickets.id,
      subject: tickets.subject,
      status: tickets.status,
      createdAt: tickets.createdAt,
    })
    .from(tickets)
    .where(
      sql`${tickets.assigneeId} = ${userId} and ${sql.raw(
        `status = '${status}' and created_at >= '${since}'`
      )}`
    )
    .orderBy(tickets.createdAt);

  return c.json(rows);
});

ticketsApi.get("/tickets/count", async (c) => {
  const result = await db.execute(sql`select count(*)::int as n from tickets where assignee_id = ${c.get("userId")}`);
  return c.json(result.rows[0]);
});
