import { Hono } from "hono";
import { jwt } from "hono/jwt";
import { drizzle } from "drizzle-orm/d1";
import { eq } from "drizzle-orm";
import { invoices } from "./schema";

type Bindings = { DB: D1Database; JWT_SECRET: string };

const app = new Hono<{ Bindings: Bindings }>();

app.use("/api/me/*", (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

app.get("/api/me/profile", (c) => c.json(c.get("jwtPayload")));

app.post("/api/invoices", async (c) => {
  const db = drizzle(c.env.DB);
  const body = await c.req.json<{ customerId: string; amountCents: number; memo?: string }>();
  const [row] = await db
    .insert(invoices)
    .values({ customerId: body.customerId, amountCents: body.amountCents, memo: body.memo ?? "" })
    .returning();
  return c.json(row, 201);
});

app.post("/api/invoices/:id/void", async (c) => {
  const db = drizzle(c.env.DB);
  await db.update(invoices).set({ status: "void" }).where(eq(invoices.id, c.req.param("id")));
  return c.json({ ok: true });
});

export default app;
