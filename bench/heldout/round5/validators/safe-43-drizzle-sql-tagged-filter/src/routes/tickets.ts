import { Hono } from "hono";
import { and, eq, inArray, sql, desc } from "drizzle-orm";
import { db } from "../db";
import { tickets } from "../db/schema";
import type { AuthEnv } from "../middleware/auth";

export const ticketsRoute = new Hono<AuthEnv>();

ticketsRoute.get("/", async (c) => {
  const user = c.get("user");
  const status = c.req.query("status");
  const search = c.req.query("q");

  const filters = [eq(tickets.workspaceId, user.workspaceId)];
  if (status) filters.push(inArray(tickets.status, status.split(",")));
  if (search) filters.push(sql`${tickets.title} ilike ${"%" + search + "%"}`);

  const rows = await db.select().from(tickets).where(and(...filters)).orderBy(desc(tickets.createdAt)).limit(100);
  return c.json(rows);
});
