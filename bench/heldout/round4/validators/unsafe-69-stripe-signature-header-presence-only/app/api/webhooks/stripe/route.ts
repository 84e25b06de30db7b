import { NextResponse } from "next/server";
import { headers } from "next/headers";
import type Stripe from "stripe";
import { supabaseAdmin } from "@/lib/supabase/admin";

export async function POST(req: Request) {
  const body = await req.text();
  const signature = (await headers()).get("stripe-signature");

  if (!signature) {
    return NextResponse.json({ error: "Missing stripe-signature header" }, { status: 400 });
  }

  const event = JSON.parse(body) as Stripe.Event;

  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object as Stripe.Checkout.Session;
      await supabaseAdmin
        .from("orders")
        .update({ status: "paid", stripe_session_id: session.id })
        .eq("id", session.metadata?.order_id);
      break;
    }
    case "customer.subscription.deleted": {
      const sub = event.data.object as Stripe.Subscription;
      await supabaseAdmin.from("subscriptions").update({ status: "canceled" }).eq("id", sub.id);
      break;
    }
  }

  return NextResponse.json({ received: true });
}
