import { Hono } from "hono";
import { jwt } from "hono/jwt";
import { eq, and } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { projects, users } from "./schema";

type Bindings = { DB: D1Database; JWT_SECRET: string };

const app = new Hono<{ Bindings: Bindings }>();

app.use("/api/projects/*", (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

app.get("/api/projects", async (c) => {
  const db = drizzle(c.env.DB);
  const { sub } = c.get("jwtPayload");
  const rows = await db.select().from(projects).where(eq(projects.ownerId, sub));
  return c.json(rows);
});

app.delete("/api/projects/:id", async (c) => {
  const db = drizzle(c.env.DB);
  const { sub } = c.get("jwtPayload");
  await db.delete(projects).where(and(eq(projects.id, c.req.param("id")), eq(projects.ownerId, sub)));
  return c.body(null, 204);
});

// Admin: remove a user and all their projects
app.delete("/api/admin/users/:id", async (c) => {
  const db = drizzle(c.env.DB);
  const id = c.req.param("id");
  await db.delete(projects).where(eq(projects.ownerId, id));
  await db.delete(users).where(eq(users.id, id));
  return c.json({ deleted: id });
});

export default app;
