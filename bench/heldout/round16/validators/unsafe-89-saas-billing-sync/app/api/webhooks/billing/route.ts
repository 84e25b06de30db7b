import type Stripe from "stripe";
import { prisma } from "@/lib/prisma";

async function handler(req: Request) {
  const event = (await req.json()) as Stripe.Event;

  switch (event.type) {
    case "customer.subscription.created":
    case "customer.subscription.updated": {
      const sub = event.data.object as Stripe.Subscription;
      await prisma.user.update({
        where: { stripeCustomerId: String(sub.customer) },
        data: { plan: sub.items.data[0]?.price.lookup_key ?? "pro", subscriptionStatus: sub.status },
      });
      break;
    }
    case "customer.subscription.deleted": {
      const sub = event.data.object as Stripe.Subscription;
      await prisma.user.update({ where: { stripeCustomerId: String(sub.customer) }, data: { plan: "free" } });
      break;
    }
  }
  return Response.json({ ok: true });
}

export { handler as POST };
