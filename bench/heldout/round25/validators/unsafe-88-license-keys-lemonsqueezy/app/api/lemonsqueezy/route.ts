import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function POST(request: Request) {
  const signature = request.headers.get("x-signature") ?? "";
  if (signature !== process.env.LEMONSQUEEZY_WEBHOOK_SECRET) {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }

  const payload = await request.json();
  if (payload.meta.event_name === "order_created") {
    await prisma.license.create({
      data: {
        email: payload.data.attributes.user_email,
        orderId: String(payload.data.id),
        key: crypto.randomUUID(),
      },
    });
  }
  return NextResponse.json({ ok: true });
}
