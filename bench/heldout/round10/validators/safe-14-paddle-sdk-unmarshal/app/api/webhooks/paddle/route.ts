import { NextResponse } from "next/server";
import { Environment, EventName, Paddle } from "@paddle/paddle-node-sdk";
import { upsertSubscription } from "@/lib/billing.server";

const paddle = new Paddle(process.env.PADDLE_API_KEY!, {
  environment: process.env.PADDLE_ENV === "production" ? Environment.production : Environment.sandbox,
});

export async function POST(req: Request) {
  const signature = req.headers.get("paddle-signature") ?? "";
  const raw = await req.text();
  const secret = process.env.PADDLE_WEBHOOK_SECRET;
  if (!signature || !secret) return NextResponse.json({ error: "unauthorized" }, { status: 401 });

  let event;
  try {
    event = await paddle.webhooks.unmarshal(raw, secret, signature);
  } catch {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  if (!event) return NextResponse.json({ error: "invalid signature" }, { status: 401 });

  switch (event.eventType) {
    case EventName.SubscriptionActivated:
    case EventName.SubscriptionUpdated:
    case EventName.SubscriptionCanceled:
      await upsertSubscription(event.data.id, event.data.status, event.data.customData);
      break;
  }
  return NextResponse.json({ ok: true });
}
