import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { eq } from "drizzle-orm";
import { notes } from "./db/schema";

type Bindings = { DB: D1Database };

const app = new Hono<{ Bindings: Bindings }>();

app.get("/api/health", (c) => c.json({ ok: true }));

app.patch("/api/notes/:id", async (c) => {
  const db = drizzle(c.env.DB);
  const { content, color } = await c.req.json<{ content: string; color?: string }>();
  await db
    .update(notes)
    .set({ content, color, updatedAt: new Date() })
    .where(eq(notes.id, c.req.param("id")));
  return c.json({ ok: true });
});

app.delete("/api/notes/:id", async (c) => {
  const db = drizzle(c.env.DB);
  await db.delete(notes).where(eq(notes.id, c.req.param("id")));
  return c.body(null, 204);
});

export default app;
