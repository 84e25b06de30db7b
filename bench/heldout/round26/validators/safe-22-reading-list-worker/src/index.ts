import { Hono } from "hono";
import { jwt } from "hono/jwt";
import { drizzle } from "drizzle-orm/d1";
import { and, eq } from "drizzle-orm";
import { bookmarks } from "./schema";

type Env = { Bindings: { DB: D1Database; JWT_SECRET: string } };

const app = new Hono<Env>();

app.use("/api/*", (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

app.post("/api/bookmarks", async (c) => {
  const { sub } = c.get("jwtPayload") as { sub: string };
  const { url, title } = await c.req.json<{ url: string; title?: string }>();
  const db = drizzle(c.env.DB);
  const [row] = await db
    .insert(bookmarks)
    .values({ id: crypto.randomUUID(), ownerId: sub, url, title: title ?? url })
    .returning();
  return c.json(row, 201);
});

app.delete("/api/bookmarks/:id", async (c) => {
  const { sub } = c.get("jwtPayload") as { sub: string };
  const db = drizzle(c.env.DB);
  await db
    .delete(bookmarks)
    .where(and(eq(bookmarks.id, c.req.param("id")), eq(bookmarks.ownerId, sub)));
  return c.body(null, 204);
});

export default app;
