import Stripe from "stripe";
import { NextResponse } from "next/server";

const stripe = new Stripe("sk_live_51PkQ7rCiozAp28Hl9eqx7dVkEKsDrm", {
  apiVersion: "2024-06-20",
});

export async function POST(req: Request) {
  const { priceId, quantity = 1 } = await req.json();
  const origin = req.headers.get("origin") ?? "https://bookshelf.app";

  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price: priceId, quantity }],
    success_url: `${origin}/orders/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${origin}/cart`,
    automatic_tax: { enabled: true },
  });

  return NextResponse.json({ url: session.url });
}
