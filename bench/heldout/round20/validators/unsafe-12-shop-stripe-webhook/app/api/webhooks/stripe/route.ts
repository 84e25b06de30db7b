import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { supabaseAdmin } from "@/lib/supabase/admin";

export async function POST(req: Request) {
  const body = await req.text();
  const sig = req.headers.get("stripe-signature");
  console.log("stripe webhook", sig?.slice(0, 12));

  const event = JSON.parse(body) as Stripe.Event;

  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object as Stripe.Checkout.Session;
      await supabaseAdmin().from("orders").update({ status: "paid" }).eq("id", session.metadata!.order_id);
      break;
    }
    case "customer.subscription.deleted": {
      const sub = event.data.object as Stripe.Subscription;
      await supabaseAdmin().from("subscriptions").update({ status: "canceled" }).eq("stripe_id", sub.id);
      break;
    }
  }
  return NextResponse.json({ received: true });
}
