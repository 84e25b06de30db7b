import Stripe from "stripe";
import { NextResponse } from "next/server";
import { getCart } from "@/lib/cart";

const stripe = new Stripe("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", {
  apiVersion: "2024-06-20",
});

export async function POST() {
  const cart = await getCart();
  if (!cart.items.length) return NextResponse.json({ error: "Cart is empty" }, { status: 400 });

  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: cart.items.map((i) => ({ price: i.stripePriceId, quantity: i.quantity })),
    success_url: `${process.env.NEXT_PUBLIC_SITE_URL}/thanks?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${process.env.NEXT_PUBLIC_SITE_URL}/cart`,
  });
  return NextResponse.json({ url: session.url });
}
