import { NextResponse } from "next/server";
import { stripe } from "@/lib/stripe";

const PRICES: Record<string, string> = { tee: "price_1PqTee", hoodie: "price_1PqHoodie" };

export async function POST(req: Request) {
  const { item } = (await req.json()) as { item: string };
  const price = PRICES[item];
  if (!price) return NextResponse.json({ error: "Unknown item" }, { status: 400 });
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price, quantity: 1 }],
    success_url: `${process.env.NEXT_PUBLIC_SITE_URL}/thanks`,
    cancel_url: `${process.env.NEXT_PUBLIC_SITE_URL}/shop`,
  });
  return NextResponse.json({ url: session.url });
}
