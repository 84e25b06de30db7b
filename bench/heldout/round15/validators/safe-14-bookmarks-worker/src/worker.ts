import { Hono } from "hono";
import { jwt } from "hono/jwt";
import { drizzle } from "drizzle-orm/d1";
import { bookmarks } from "./schema";

type Env = { DB: D1Database; JWT_SECRET: string };

const app = new Hono<{ Bindings: Env }>();

app.use("/api/*", (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: "HS256" })(c, next));

app.post("/api/bookmarks", async (c) => {
  const { sub } = c.get("jwtPayload") as { sub: string };
  const { url, title } = await c.req.json<{ url: string; title?: string }>();
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return c.json({ error: "invalid url" }, 400);
  }
  const db = drizzle(c.env.DB);
  const [row] = await db
    .insert(bookmarks)
    .values({ userId: sub, url: parsed.toString(), title: title ?? parsed.hostname })
    .returning();
  return c.json(row, 201);
});

export default app;
