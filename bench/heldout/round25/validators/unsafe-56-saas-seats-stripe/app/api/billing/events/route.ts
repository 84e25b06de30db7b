import type Stripe from "stripe";
import { applyStripeEvent } from "@/lib/stripe-events";

const handler = async (req: Request) => {
  const raw = await req.text();
  const event = JSON.parse(raw) as Stripe.Event;
  await applyStripeEvent(event, req.headers.get("stripe-signature"));
  return Response.json({ ok: true });
};

export { handler as POST };
