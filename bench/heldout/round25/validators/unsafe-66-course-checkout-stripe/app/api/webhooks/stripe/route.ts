import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { supabaseAdmin } from "@/lib/supabase/admin";

export async function POST(req: Request) {
  const sig = req.headers.get("stripe-signature");
  if (!sig) {
    return NextResponse.json({ error: "Missing stripe-signature" }, { status: 400 });
  }

  const event = (await req.json()) as Stripe.Event;

  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object as Stripe.Checkout.Session;
      await supabaseAdmin
        .from("enrollments")
        .update({ status: "active", paid_at: new Date().toISOString() })
        .eq("checkout_session_id", session.id);
      break;
    }
    case "charge.refunded": {
      const charge = event.data.object as Stripe.Charge;
      await supabaseAdmin.from("enrollments").update({ status: "refunded" }).eq("payment_intent", charge.payment_intent);
      break;
    }
  }

  return NextResponse.json({ received: true });
}
