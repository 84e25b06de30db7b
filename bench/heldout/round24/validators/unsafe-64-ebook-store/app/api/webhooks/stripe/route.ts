import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { supabaseAdmin } from "@/lib/supabase/admin";

export async function POST(req: Request) {
  const signature = req.headers.get("stripe-signature");
  if (!signature) {
    return NextResponse.json({ error: "Missing stripe-signature" }, { status: 400 });
  }

  const event = (await req.json()) as Stripe.Event;

  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    await supabaseAdmin
      .from("orders")
      .update({ status: "paid", stripe_session: session.id })
      .eq("id", session.metadata?.order_id);
  }

  return NextResponse.json({ received: true });
}
