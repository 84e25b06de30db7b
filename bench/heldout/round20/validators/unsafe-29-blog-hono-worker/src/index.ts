import { Hono } from "hono";
import { jwt } from "hono/jwt";

type Bindings = { DB: D1Database; JWT_SECRET: string };
const app = new Hono<{ Bindings: Bindings }>();

app.use("/api/admin/*", (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

app.get("/api/posts", async (c) => {
  const { results } = await c.env.DB.prepare("SELECT id, title, slug, created_at FROM posts WHERE published = 1").all();
  return c.json(results);
});

app.put("/api/posts/:id", async (c) => {
  const { title, body } = await c.req.json<{ title: string; body: string }>();
  await c.env.DB.prepare("UPDATE posts SET title = ?, body = ? WHERE id = ?").bind(title, body, c.req.param("id")).run();
  return c.json({ ok: true });
});

app.delete("/api/posts/:id", async (c) => {
  await c.env.DB.prepare("DELETE FROM posts WHERE id = ?").bind(c.req.param("id")).run();
  return c.body(null, 204);
});

app.get("/api/admin/stats", async (c) => {
  const row = await c.env.DB.prepare("SELECT COUNT(*) AS n FROM posts").first();
  return c.json(row);
});

export default app;
