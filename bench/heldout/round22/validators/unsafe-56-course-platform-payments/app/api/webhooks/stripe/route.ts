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

  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    await prisma.enrollment.create({
      data: { userId: session.client_reference_id!, courseId: session.metadata!.courseId, paid: true },
    });
  }

  return NextResponse.json({ received: true });
}
