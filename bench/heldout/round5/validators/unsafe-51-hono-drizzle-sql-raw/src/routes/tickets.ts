import { Hono } from "hono";
import { and, eq, sql, desc } from "drizzle-orm";
import { db } from "../db";
import { tickets } from "../db/schema";
import type { AuthEnv } from "../middleware/auth";

export const ticketsRoute = new Hono<AuthEnv>();

ticketsRoute.get("/", async (c) => {
  const user = c.get("user");
  const status = c.req.query("status");
  const priority = c.req.query("priority");

  const filters = [eq(tickets.workspaceId, user.workspaceId)];
  if (status) filters.push(sql.raw(`status in (${status.split(",").map((s) => `'${s}'`).join(",")})`));
  if (priority) filters.push(eq(tickets.priority, priority));

  const rows = await db
    .select()
    .from(tickets)
    .where(and(...filters))
    .orderBy(desc(tickets.createdAt))
    .limit(100);

  return c.json(rows);
});
