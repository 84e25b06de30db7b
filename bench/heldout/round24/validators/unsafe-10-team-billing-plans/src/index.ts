import { Hono } from "hono";
import { drizzle } from "drizzle-orm/neon-http";
import { neon } from "@neondatabase/serverless";
import { eq } from "drizzle-orm";
import { workspaces } from "./schema";

type Bindings = { DATABASE_URL: string };

const app = new Hono<{ Bindings: Bindings }>();

app.get("/health", (c) => c.text("ok"));

app.patch("/api/workspaces/:id/plan", async (c) => {
  const db = drizzle(neon(c.env.DATABASE_URL));
  const { plan, seats } = await c.req.json<{ plan: string; seats: number }>();
  const [updated] = await db
    .update(workspaces)
    .set({ plan, seats })
    .where(eq(workspaces.id, c.req.param("id")))
    .returning();
  return c.json(updated);
});

export default app;
