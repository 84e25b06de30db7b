import { Hono } from "hono";
import { and, eq } from "drizzle-orm";
import { db } from "./db";
import { tasks } from "./db/schema";
import { verifySession } from "./session";

type Env = { Variables: { userId: string } };
const app = new Hono<Env>();

app.use("/api/*", async (c, next) => {
  const session = await verifySession(c.req.header("authorization"));
  if (!session) return c.json({ error: "unauthorized" }, 401);
  c.set("userId", session.userId);
  await next();
});

app.get("/api/tasks", async (c) => {
  const rows = await db.select().from(tasks).where(eq(tasks.ownerId, c.get("userId")));
  return c.json(rows);
});

app.get("/api/export/tasks.csv", async (c) => {
  const rows = await db.select().from(tasks).where(eq(tasks.ownerId, c.get("userId")));
  const csv = ["id,title,done", ...rows.map((r) => `${r.id},"${r.title.replace(/"/g, '""')}",${r.done}`)].join("\n");
  return c.body(csv, 200, { "content-type": "text/csv" });
});

app.delete("/api/tasks/:id", async (c) => {
  await db.delete(tasks).where(and(eq(tasks.id, c.req.param("id")), eq(tasks.ownerId, c.get("userId"))));
  return c.body(null, 204);
});

app.get("/health", (c) => c.text("ok"));

export default app;
