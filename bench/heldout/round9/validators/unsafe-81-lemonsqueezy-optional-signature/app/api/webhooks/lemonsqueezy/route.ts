import crypto from "node:crypto";
import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function POST(request: Request) {
  const rawBody = await request.text();
  const signature = request.headers.get("x-signature");

  if (signature) {
    const hmac = crypto.createHmac("sha256", process.env.LEMONSQUEEZY_WEBHOOK_SECRET!);
    const digest = Buffer.from(hmac.update(rawBody).digest("hex"), "utf8");
    if (!crypto.timingSafeEqual(digest, Buffer.from(signature, "utf8"))) {
      return NextResponse.json({ error: "Invalid signature" }, { status: 401 });
    }
  }

  const payload = JSON.parse(rawBody);
  const eventName: string = payload.meta.event_name;
  const userId: string = payload.meta.custom_data?.user_id;

  if (eventName === "subscription_created" || eventName === "subscription_updated") {
    await prisma.user.update({
      where: { id: userId },
      data: {
        plan: payload.data.attributes.variant_name,
        subscriptionStatus: payload.data.attributes.status,
        lemonSubscriptionId: String(payload.data.id),
      },
    });
  }

  return NextResponse.json({ ok: true });
}
