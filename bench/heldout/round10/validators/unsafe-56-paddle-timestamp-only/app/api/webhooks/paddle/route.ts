import { NextResponse } from "next/server";
import { db } from "@/db";
import { subscriptions } from "@/db/schema";
import { eq } from "drizzle-orm";

function parseSignature(header: string) {
  return Object.fromEntries(header.split(";").map((part) => part.split("=") as [string, string]));
}

export async function POST(req: Request) {
  const header = req.headers.get("paddle-signature") ?? "";
  const { ts, h1 } = parseSignature(header);
  if (!ts || !h1) return NextResponse.json({ error: "bad signature header" }, { status: 400 });

  const age = Math.abs(Date.now() / 1000 - Number(ts));
  if (age > 300) return NextResponse.json({ error: "stale" }, { status: 400 });

  const event = JSON.parse(await req.text());
  if (event.event_type === "subscription.activated" || event.event_type === "subscription.updated") {
    await db
      .insert(subscriptions)
      .values({ id: event.data.id, userId: event.data.custom_data?.userId, status: event.data.status, plan: event.data.items?.[0]?.price?.id })
      .onConflictDoUpdate({ target: subscriptions.id, set: { status: event.data.status } });
  }
  if (event.event_type === "subscription.canceled") {
    await db.update(subscriptions).set({ status: "canceled" }).where(eq(subscriptions.id, event.data.id));
  }
  return NextResponse.json({ ok: true });
}
