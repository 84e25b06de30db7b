import Stripe from "stripe";
import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: Request) {
  const supabase = createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { priceId } = await req.json();
  const { data: price } = await supabase.from("prices").select("stripe_price_id").eq("id", priceId).eq("active", true).single();
  if (!price) return NextResponse.json({ error: "Unknown price" }, { status: 400 });
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: price.stripe_price_id, quantity: 1 }],
    client_reference_id: user.id,
    success_url: `${process.env.NEXT_PUBLIC_SITE_URL}/billing?status=success`,
    cancel_url: `${process.env.NEXT_PUBLIC_SITE_URL}/billing`,
  });
  return NextResponse.json({ url: session.url });
}
