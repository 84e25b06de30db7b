import { Hono } from "hono";
import { and, eq } from "drizzle-orm";
import { db } from "../db/client";
import { todos } from "../db/schema";
import { auth } from "../middleware/auth";

const app = new Hono<{ Variables: { userId: string } }>();
app.use("*", auth);

app.patch("/:id", async (c) => {
  const userId = c.get("userId");
  const { title, done } = await c.req.json<{ title?: string; done?: boolean }>();
  const [row] = await db
    .update(todos)
    .set({ title, done })
    .where(and(eq(todos.id, c.req.param("id")), eq(todos.userId, userId)))
    .returning();
  return row ? c.json(row) : c.notFound();
});

export default app;
