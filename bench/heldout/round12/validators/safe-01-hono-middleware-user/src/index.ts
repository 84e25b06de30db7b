import { Hono } from "hono";
import { createClient } from "@supabase/supabase-js";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { and, eq } from "drizzle-orm";
import { habits } from "./schema";

type Env = { Variables: { userId: string } };

const sql = postgres(process.env.DATABASE_URL!);
const db = drizzle(sql);
const auth = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!);

const app = new Hono<Env>();

app.use("/api/*", async (c, next) => {
  const bearer = c.req.header("Authorization")?.split(" ")[1];
  if (!bearer) return c.json({ error: "unauthorized" }, 401);
  const { data, error } = await auth.auth.getUser(bearer);
  if (error || !data.user) return c.json({ error: "unauthorized" }, 401);
  c.set("userId", data.user.id);
  await next();
});

app.post("/api/habits", async (c) => {
  const { name } = await c.req.json<{ name: string }>();
  const [row] = await db
    .insert(habits)
    .values({ name, ownerId: c.get("userId") })
    .returning();
  return c.json(row, 201);
});

app.delete("/api/habits/:id", async (c) => {
  await db
    .delete(habits)
    .where(and(eq(habits.id, c.req.param("id")), eq(habits.ownerId, c.get("userId"))));
  return c.body(null, 204);
});

export default app;
