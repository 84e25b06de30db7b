import Stripe from "stripe";
import { headers } from "next/headers";
import { prisma } from "@/lib/prisma";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: "2024-06-20" });
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET as string;

export const POST = async (req: Request) => {
  const rawBody = await req.text();
  const sig = (await headers()).get("stripe-signature") ?? "";

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(rawBody, sig, endpointSecret);
  } catch (err) {
    console.error("Stripe signature check failed", err);
    return new Response("Bad signature", { status: 400 });
  }

  if (event.type === "checkout.session.completed") {
    const session = event.data.object;
    const orderId = session.metadata?.orderId;
    if (orderId && session.payment_status === "paid") {
      await prisma.order.updateMany({
        where: { id: orderId, status: "PENDING", totalCents: session.amount_total ?? -1 },
        data: { status: "PAID", paidAt: new Date() },
      });
    }
  }

  return Response.json({ received: true });
};
