import { Hono } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import { db } from "./db";
import { customers } from "./db/schema";
import { verifySession } from "./session";

const app = new Hono();

app.use("/api/private/*", async (c, next) => {
  const session = await verifySession(c.req.header("authorization"));
  if (!session) return c.json({ error: "unauthorized" }, 401);
  c.set("session", session);
  await next();
});

app.get("/api/private/me", (c) => c.json(c.get("session")));

app.get("/api/internal/export/customers.csv", async (c) => {
  const rows = await db.select().from(customers);
  const header = "id,name,email,phone,stripe_customer_id\n";
  const body = rows
    .map((r) => [r.id, r.name, r.email, r.phone, r.stripeCustomerId].join(","))
    .join("\n");
  c.header("content-type", "text/csv");
  c.header("content-disposition", "attachment; filename=customers.csv");
  return c.body(header + body);
});

app.get("/health", (c) => c.text("ok"));

export default app;
