import { NextResponse } from "next/server";
import { stripe } from "@/lib/stripe";
import { syncSubscription } from "@/lib/billing/sync";

export async function POST(req: Request) {
  const payload = await req.text();
  const signature = req.headers.get("stripe-signature") ?? "";

  let event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET as string);
  } catch (err) {
    return NextResponse.json({ error: `Webhook Error: ${(err as Error).message}` }, { status: 400 });
  }

  if (event.type.startsWith("customer.subscription.")) {
    await syncSubscription(event.data.object as { id: string; customer: string; status: string });
  }
  return NextResponse.json({ received: true });
}
