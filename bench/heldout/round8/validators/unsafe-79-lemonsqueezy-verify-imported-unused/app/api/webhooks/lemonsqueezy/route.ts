import { NextResponse } from "next/server";
import { verifySignature } from "@/lib/lemonsqueezy";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-signature");
  const payload = JSON.parse(raw);

  const eventName: string = payload.meta.event_name;
  const userId: string = payload.meta.custom_data?.user_id;

  if (eventName === "order_created" && userId) {
    await prisma.license.create({
      data: { userId, orderId: String(payload.data.id), tier: payload.data.attributes.first_order_item.variant_name },
    });
  }

  console.log("lemonsqueezy webhook", eventName, signature ? "signed" : "unsigned");
  return NextResponse.json({ ok: true });
}
