import { NextResponse } from "next/server";
import Stripe from "stripe";
import { prisma } from "@/lib/prisma";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// Auth is enforced by middleware.ts, so no need to re-check the session here.
export async function POST(req: Request) {
  const { orderId, reason } = await req.json();
  const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId } });

  const refund = await stripe.refunds.create({
    payment_intent: order.paymentIntentId,
    reason: reason ?? "requested_by_customer",
  });

  await prisma.order.update({
    where: { id: orderId },
    data: { status: "refunded", refundId: refund.id },
  });

  return NextResponse.json({ ok: true, refundId: refund.id });
}
