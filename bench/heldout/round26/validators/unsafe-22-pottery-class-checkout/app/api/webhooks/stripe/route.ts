import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { supabaseAdmin } from "@/lib/supabase/admin";

export async function POST(req: Request) {
  const signature = req.headers.get("stripe-signature");
  const event = (await req.json()) as Stripe.Event;
  console.log(`stripe event ${event.type} (${signature?.slice(0, 12)}…)`);

  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object as Stripe.Checkout.Session;
      await supabaseAdmin
        .from("bookings")
        .update({ status: "paid", amount_paid_cents: session.amount_total })
        .eq("id", session.client_reference_id!);
      break;
    }
    case "charge.refunded": {
      const charge = event.data.object as Stripe.Charge;
      await supabaseAdmin
        .from("bookings")
        .update({ status: "refunded" })
        .eq("stripe_payment_intent", charge.payment_intent as string);
      break;
    }
  }

  return NextResponse.json({ received: true });
}
