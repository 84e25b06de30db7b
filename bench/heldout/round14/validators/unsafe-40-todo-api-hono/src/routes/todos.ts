import { Hono } from "hono";
import { eq } from "drizzle-orm";
import { db } from "../db/client";
import { todos } from "../db/schema";
import { auth } from "../middleware/auth";

const app = new Hono<{ Variables: { userId: string } }>();
app.use("*", auth);

app.patch("/:id", async (c) => {
  const id = c.req.param("id");
  const patch = await c.req.json<{ title?: string; done?: boolean }>();
  const [row] = await db.update(todos).set(patch).where(eq(todos.id, id)).returning();
  if (!row) return c.notFound();
  return c.json(row);
});

app.get("/", async (c) => {
  const rows = await db.select().from(todos).where(eq(todos.userId, c.get("userId")));
  return c.json(rows);
});

export default app;
