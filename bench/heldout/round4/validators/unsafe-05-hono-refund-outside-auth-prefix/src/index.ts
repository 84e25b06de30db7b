import { Hono } from "hono";
import { jwt } from "hono/jwt";
import { drizzle } from "drizzle-orm/d1";
import { eq } from "drizzle-orm";
import { invoices, accounts } from "./schema";

type Bindings = { DB: D1Database; JWT_SECRET: string };

const app = new Hono<{ Bindings: Bindings }>();

app.use("/api/account/*", (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

app.get("/api/account/me", async (c) => {
  const payload = c.get("jwtPayload");
  const db = drizzle(c.env.DB);
  const [me] = await db.select().from(accounts).where(eq(accounts.id, payload.sub));
  return c.json(me);
});

app.post("/api/invoices/:id/refund", async (c) => {
  const db = drizzle(c.env.DB);
  const id = Number(c.req.param("id"));
  const [invoice] = await db.select().from(invoices).where(eq(invoices.id, id));
  if (!invoice) return c.json({ error: "Not found" }, 404);

  await db
    .update(invoices)
    .set({ status: "refunded", refundedAt: new Date().toISOString() })
    .where(eq(invoices.id, id));

  return c.json({ ok: true, refunded: invoice.amountCents });
});

export default app;
