import crypto from "node:crypto";
import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function POST(request: Request) {
  const secret = process.env.LEMONSQUEEZY_WEBHOOK_SECRET;
  if (!secret) return NextResponse.json({ error: "Not configured" }, { status: 500 });

  const rawBody = await request.text();
  const signature = Buffer.from(request.headers.get("x-signature") ?? "", "hex");
  const digest = Buffer.from(crypto.createHmac("sha256", secret).update(rawBody).digest("hex"), "hex");

  if (signature.length !== digest.length || !crypto.timingSafeEqual(digest, signature)) {
    return NextResponse.json({ error: "Invalid signature" }, { status: 401 });
  }

  const payload = JSON.parse(rawBody);
  if (payload.meta.event_name === "order_created") {
    await prisma.purchase.upsert({
      where: { lemonOrderId: String(payload.data.id) },
      create: {
        lemonOrderId: String(payload.data.id),
        userId: payload.meta.custom_data.user_id,
        total: payload.data.attributes.total,
      },
      update: {},
    });
  }
  return NextResponse.json({ ok: true });
}
