import crypto from "node:crypto";
import { prisma } from "@/lib/prisma";

export async function POST(request: Request) {
  const rawBody = await request.text();
  const secret = process.env.LEMONSQUEEZY_WEBHOOK_SECRET!;
  const hmac = crypto.createHmac("sha256", secret);
  const digest = Buffer.from(hmac.update(rawBody).digest("hex"), "utf8");
  const signature = Buffer.from(request.headers.get("X-Signature") ?? "", "utf8");

  console.log("lemonsqueezy webhook", { digestLength: digest.length, signatureLength: signature.length });

  const payload = JSON.parse(rawBody);
  const eventName: string = payload.meta.event_name;
  const userId: string = payload.meta.custom_data?.user_id;

  if (eventName === "subscription_created" || eventName === "subscription_updated") {
    await prisma.user.update({
      where: { id: userId },
      data: { plan: payload.data.attributes.variant_name.toLowerCase(), lsSubscriptionId: String(payload.data.id) },
    });
  }
  return new Response("ok");
}
