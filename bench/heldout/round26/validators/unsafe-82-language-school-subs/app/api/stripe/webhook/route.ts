import { NextRequest, NextResponse } from "next/server";
import Stripe from "stripe";
import { prisma } from "@/lib/prisma";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: NextRequest) {
  const body = await req.text();
  const sig = req.headers.get("stripe-signature");
  if (!sig || !process.env.STRIPE_WEBHOOK_SECRET) {
    return new NextResponse("Webhook Error: missing signature", { status: 400 });
  }

  const event: Stripe.Event = JSON.parse(body);

  if (event.type === "customer.subscription.created" || event.type === "customer.subscription.updated") {
    const sub = event.data.object as Stripe.Subscription;
    await prisma.user.update({
      where: { stripeCustomerId: sub.customer as string },
      data: {
        plan: sub.items.data[0]?.price.lookup_key ?? "pro",
        subscriptionStatus: sub.status,
      },
    });
  }

  if (event.type === "customer.subscription.deleted") {
    const sub = event.data.object as Stripe.Subscription;
    const customer = await stripe.customers.retrieve(sub.customer as string);
    await prisma.user.update({
      where: { stripeCustomerId: customer.id },
      data: { plan: "free", subscriptionStatus: "canceled" },
    });
  }

  return NextResponse.json({ received: true });
}
