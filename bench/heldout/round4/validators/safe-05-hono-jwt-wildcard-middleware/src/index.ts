import { Hono } from "hono";
import { jwt } from "hono/jwt";
import { drizzle } from "drizzle-orm/d1";
import { and, eq } from "drizzle-orm";
import { invoices } from "./schema";

type Bindings = { DB: D1Database; JWT_SECRET: string };

const app = new Hono<{ Bindings: Bindings }>();

app.use("/api/*", (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

app.post("/api/invoices/:id/refund", async (c) => {
  const { sub } = c.get("jwtPayload") as { sub: string };
  const db = drizzle(c.env.DB);
  const id = Number(c.req.param("id"));

  const [invoice] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, id), eq(invoices.accountId, sub)));
  if (!invoice) return c.json({ error: "Not found" }, 404);

  await db.update(invoices).set({ status: "refund_requested" }).where(eq(invoices.id, id));
  return c.json({ ok: true });
});

export default app;
