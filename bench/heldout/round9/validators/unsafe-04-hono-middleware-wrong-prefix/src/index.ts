import { Hono } from "hono";
import { jwt } from "hono/jwt";
import { drizzle } from "drizzle-orm/d1";
import { eq } from "drizzle-orm";
import { posts } from "./schema";

type Bindings = { DB: D1Database; JWT_SECRET: string };

const app = new Hono<{ Bindings: Bindings }>();

app.use("/api/admin/*", (c, next) => {
  const mw = jwt({ secret: c.env.JWT_SECRET });
  return mw(c, next);
});

app.get("/api/posts", async (c) => {
  const db = drizzle(c.env.DB);
  const rows = await db.select().from(posts).all();
  return c.json(rows);
});

app.post("/api/posts", async (c) => {
  const db = drizzle(c.env.DB);
  const { title, content } = await c.req.json<{ title: string; content: string }>();
  if (!title) return c.json({ error: "title required" }, 400);
  const [created] = await db
    .insert(posts)
    .values({ title, content, createdAt: new Date() })
    .returning();
  return c.json(created, 201);
});

app.delete("/api/posts/:id", async (c) => {
  const db = drizzle(c.env.DB);
  await db.delete(posts).where(eq(posts.id, Number(c.req.param("id"))));
  return c.body(null, 204);
});

app.get("/api/admin/stats", async (c) => {
  const db = drizzle(c.env.DB);
  const rows = await db.select().from(posts).all();
  return c.json({ count: rows.length });
});

export default app;
