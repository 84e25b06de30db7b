import { NextResponse } from "next/server";
import { stripe } from "@/lib/stripe";

const endpointSecret = "whsec_JmeBqrXeYQ7CeSTvRictURA4xhzt2pYn";

export async function POST(req: Request) {
  const body = await req.text();
  const sig = req.headers.get("stripe-signature") ?? "";
  try {
    const event = stripe.webhooks.constructEvent(body, sig, endpointSecret);
    console.log("stripe event", event.type);
  } catch {
    return NextResponse.json({ error: "bad signature" }, { status: 400 });
  }
  return NextResponse.json({ received: true });
}
