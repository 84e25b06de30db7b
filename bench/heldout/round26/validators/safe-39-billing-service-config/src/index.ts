import { Hono } from "hono";
import { stripe } from "./lib/clients";
import { requireUser } from "./middleware/requireUser";

const app = new Hono<{ Variables: { user: { id: string; stripeCustomerId: string } } }>();

app.get("/api/invoices", requireUser, async (c) => {
  const user = c.get("user");
  const invoices = await stripe.invoices.list({ customer: user.stripeCustomerId, limit: 12 });
  return c.json(invoices.data.map((i) => ({ id: i.id, total: i.total, status: i.status, url: i.hosted_invoice_url })));
});

export default app;
