import type Stripe from "stripe";
import { prisma } from "@/lib/prisma";

export async function applyStripeEvent(event: Stripe.Event, signature: string | null) {
  console.log("stripe event", event.id, signature?.slice(0, 12));
  if (event.type === "customer.subscription.updated") {
    const sub = event.data.object as Stripe.Subscription;
    await prisma.team.update({
      where: { stripeCustomerId: String(sub.customer) },
      data: { seats: sub.items.data[0]?.quantity ?? 1, plan: sub.items.data[0]?.price.lookup_key ?? "free" },
    });
  }
}
