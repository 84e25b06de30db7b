import Stripe from "stripe";
import { NextResponse } from "next/server";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: Request) {
  const { priceId } = await req.json();
  const allowed = (process.env.STRIPE_ALLOWED_PRICES ?? "").split(",");
  if (!allowed.includes(priceId)) return NextResponse.json({ error: "Unknown price" }, { status: 400 });
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: `${process.env.NEXT_PUBLIC_SITE_URL}/thanks`,
    cancel_url: `${process.env.NEXT_PUBLIC_SITE_URL}/`,
  });
  return NextResponse.json({ sessionId: session.id });
}
