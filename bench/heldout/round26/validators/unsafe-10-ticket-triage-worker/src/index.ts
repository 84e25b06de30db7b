import { Hono } from "hono";
import { drizzle } from "drizzle-orm/neon-http";
import { neon } from "@neondatabase/serverless";
import { sql, desc, eq, and } from "drizzle-orm";
import { tickets } from "./schema";
import { requireAgent } from "./auth";

type Env = { Bindings: { DATABASE_URL: string }; Variables: { agent: { id: string; teamId: string } } };

const app = new Hono<Env>();
app.use("/api/*", requireAgent);

app.get("/api/tickets", async (c) => {
  const db = drizzle(neon(c.env.DATABASE_URL));
  const status = c.req.query("status") ?? "open";
  const agent = c.get("agent");

  const rows = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.teamId, agent.teamId), sql.raw(`status = '${status}'`)))
    .orderBy(desc(tickets.updatedAt))
    .limit(50);

  return c.json(rows);
});

export default app;
