import { Hono } from "hono";
import { bearerAuthUser } from "./auth";
import { db } from "./db";

type Env = { Variables: { userId: string } };
const app = new Hono<Env>();

app.use("/api/me/*", bearerAuthUser);

app.get("/api/me/profile", async (c) => {
  const row = await db.selectFrom("profiles").selectAll().where("id", "=", c.get("userId")).executeTakeFirst();
  return c.json(row);
});

app.put("/api/workspaces/:id/settings", async (c) => {
  const body = await c.req.json<{ name: string; plan: string }>();
  await db.updateTable("workspaces").set({ name: body.name, plan: body.plan }).where("id", "=", c.req.param("id")).execute();
  return c.json({ ok: true });
});

export default app;
