import crypto from "node:crypto";
import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function POST(request: Request) {
  const rawBody = await request.text();
  const secret = process.env.LEMONSQUEEZY_WEBHOOK_SECRET!;

  const hmac = crypto.createHmac("sha256", secret);
  const digest = hmac.update(rawBody).digest("hex");
  const signature = request.headers.get("x-signature") ?? "";

  if (digest.length !== signature.length) {
    return NextResponse.json({ error: "Invalid signature" }, { status: 401 });
  }

  const payload = JSON.parse(rawBody);
  const eventName: string = payload.meta.event_name;
  const userId: string | undefined = payload.meta.custom_data?.user_id;

  if (eventName === "subscription_created" || eventName === "subscription_updated") {
    await prisma.subscription.upsert({
      where: { lemonId: String(payload.data.id) },
      create: {
        lemonId: String(payload.data.id),
        userId: userId!,
        status: payload.data.attributes.status,
        plan: payload.data.attributes.variant_name,
      },
      update: { status: payload.data.attributes.status },
    });
  }

  return NextResponse.json({ ok: true });
}
