import { Hono } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import { drizzle } from "drizzle-orm/d1";
import { eq } from "drizzle-orm";
import { cards } from "./schema";

type Env = { DB: D1Database; ADMIN_TOKEN: string };
const app = new Hono<{ Bindings: Env }>();

app.use("/api/admin/*", async (c, next) => bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next));

app.get("/api/boards/:boardId/cards", async (c) => {
  const db = drizzle(c.env.DB);
  const rows = await db.select().from(cards).where(eq(cards.boardId, c.req.param("boardId")));
  return c.json(rows);
});

app.put("/api/cards/:id", async (c) => {
  const db = drizzle(c.env.DB);
  const { column, position, title } = await c.req.json<{ column: string; position: number; title?: string }>();
  await db.update(cards).set({ column, position, title }).where(eq(cards.id, c.req.param("id")));
  return c.json({ ok: true });
});

export default app;
