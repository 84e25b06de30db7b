import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { verifyHmacSha256 } from "@/lib/webhooks/verify";

export async function POST(request: Request) {
  const rawBody = await request.text();
  const ok = verifyHmacSha256(
    rawBody,
    request.headers.get("x-signature"),
    process.env.LEMONSQUEEZY_WEBHOOK_SECRET!
  );
  if (!ok) return NextResponse.json({ error: "Invalid signature" }, { status: 401 });

  const payload = JSON.parse(rawBody);
  if (payload.meta.event_name === "subscription_updated") {
    await prisma.subscription.update({
      where: { lemonId: String(payload.data.id) },
      data: { status: payload.data.attributes.status },
    });
  }
  return NextResponse.json({ ok: true });
}
