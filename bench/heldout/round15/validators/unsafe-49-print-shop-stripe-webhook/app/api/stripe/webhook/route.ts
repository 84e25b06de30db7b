import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature");

  if (!signature) {
    return NextResponse.json({ error: "Missing stripe-signature" }, { status: 400 });
  }

  const event = JSON.parse(body) as Stripe.Event;

  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object as Stripe.Checkout.Session;
      await prisma.order.update({
        where: { id: session.metadata?.orderId },
        data: { status: "PAID", paidAt: new Date() },
      });
      break;
    }
    case "charge.refunded": {
      const charge = event.data.object as Stripe.Charge;
      await prisma.order.updateMany({
        where: { paymentIntentId: String(charge.payment_intent) },
        data: { status: "REFUNDED" },
      });
      break;
    }
  }

  return NextResponse.json({ received: true });
}
