import { Hono } from "hono";
import Stripe from "stripe";
import { requireUser } from "../middleware/auth";
import { db } from "../db";

const stripe = new Stripe("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");

export const checkout = new Hono<{ Variables: { userId: string } }>();

checkout.post("/", requireUser, async (c) => {
  const { planId } = await c.req.json<{ planId: string }>();
  const plan = await db.selectFrom("plans").select(["stripe_price_id"]).where("id", "=", planId).executeTakeFirst();
  if (!plan) return c.json({ error: "unknown plan" }, 404);
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: plan.stripe_price_id, quantity: 1 }],
    client_reference_id: c.get("userId"),
    success_url: "https://app.pagecraft.io/billing?ok=1",
    cancel_url: "https://app.pagecraft.io/pricing",
  });
  return c.json({ url: session.url });
});
