import { Hono } from "hono";
import { cors } from "hono/cors";
import { adminAuth } from "./middleware/admin-auth";
import { getDb } from "./db";

type Env = { Bindings: { DATABASE_URL: string; JWT_SECRET: string } };

const app = new Hono<Env>();

app.use("/api/*", cors());
app.use("/api/admin/*", adminAuth);

app.get("/api/events", async (c) => {
  const db = getDb(c.env.DATABASE_URL);
  const events = await db.selectFrom("events").selectAll().orderBy("starts_at").execute();
  return c.json(events);
});

app.delete("/api/events/:id", async (c) => {
  const db = getDb(c.env.DATABASE_URL);
  await db.deleteFrom("rsvps").where("event_id", "=", c.req.param("id")).execute();
  await db.deleteFrom("events").where("id", "=", c.req.param("id")).execute();
  return c.body(null, 204);
});

app.get("/api/admin/stats", async (c) => {
  const db = getDb(c.env.DATABASE_URL);
  const { count } = await db
    .selectFrom("rsvps")
    .select((eb) => eb.fn.countAll().as("count"))
    .executeTakeFirstOrThrow();
  return c.json({ rsvps: Number(count) });
});

export default app;
