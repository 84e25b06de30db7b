import { Hono } from "hono";
import { jwt } from "hono/jwt";
import { cors } from "hono/cors";

type Bindings = { DB: D1Database; JWT_SECRET: string };

const app = new Hono<{ Bindings: Bindings }>();

app.use("/api/*", cors());
app.use("/api/me/*", (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

app.get("/api/me/profile", async (c) => {
  const payload = c.get("jwtPayload") as { sub: string };
  const row = await c.env.DB.prepare("SELECT * FROM users WHERE id = ?").bind(payload.sub).first();
  return c.json(row);
});

app.post("/api/notes", async (c) => {
  const payload = c.get("jwtPayload") as { sub?: string } | undefined;
  const { title, body } = await c.req.json<{ title: string; body: string }>();
  const owner = payload?.sub ?? "anonymous";
  await c.env.DB.prepare("INSERT INTO notes (title, body, owner_id) VALUES (?, ?, ?)")
    .bind(title, body, owner)
    .run();
  return c.json({ ok: true }, 201);
});

app.delete("/api/notes/:id", async (c) => {
  await c.env.DB.prepare("DELETE FROM notes WHERE id = ?").bind(c.req.param("id")).run();
  return c.body(null, 204);
});

export default app;
