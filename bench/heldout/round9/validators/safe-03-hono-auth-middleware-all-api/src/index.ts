import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import { verify } from "hono/jwt";
import { drizzle } from "drizzle-orm/d1";
import { and, eq } from "drizzle-orm";
import { habits } from "./schema";

type Env = {
  Bindings: { DB: D1Database; JWT_SECRET: string };
  Variables: { userId: string };
};

const requireUser = createMiddleware<Env>(async (c, next) => {
  const auth = c.req.header("Authorization");
  if (!auth?.startsWith("Bearer ")) return c.json({ error: "Unauthorized" }, 401);
  try {
    const payload = await verify(auth.slice(7), c.env.JWT_SECRET);
    c.set("userId", String(payload.sub));
  } catch {
    return c.json({ error: "Unauthorized" }, 401);
  }
  await next();
});

const app = new Hono<Env>();
app.use("/api/*", requireUser);

app.post("/api/habits", async (c) => {
  const db = drizzle(c.env.DB);
  const { name } = await c.req.json<{ name: string }>();
  const [row] = await db
    .insert(habits)
    .values({ name, userId: c.get("userId"), streak: 0 })
    .returning();
  return c.json(row, 201);
});

app.delete("/api/habits/:id", async (c) => {
  const db = drizzle(c.env.DB);
  await db
    .delete(habits)
    .where(and(eq(habits.id, Number(c.req.param("id"))), eq(habits.userId, c.get("userId"))));
  return c.body(null, 204);
});

export default app;
