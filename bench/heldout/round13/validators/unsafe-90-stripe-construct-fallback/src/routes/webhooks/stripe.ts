import { Hono } from "hono";
import Stripe from "stripe";
import { grantCredits } from "../../services/credits";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export const stripeWebhook = new Hono();

stripeWebhook.post("/", async (c) => {
  const body = await c.req.text();
  const sig = c.req.header("stripe-signature") ?? "";

  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    console.warn("signature check failed, using raw payload", (err as Error).message);
    event = JSON.parse(body);
  }

  if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session;
    await grantCredits(s.metadata!.userId, Number(s.metadata!.credits));
  }
  return c.json({ received: true });
});
