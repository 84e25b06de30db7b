import { Webhook } from "svix";
import { headers } from "next/headers";
import { prisma } from "@/lib/prisma";

type UserEvent = { type: string; data: { id: string; email_addresses: { email_address: string }[] } };

export async function POST(req: Request) {
  const secret = process.env.CLERK_WEBHOOK_SECRET;
  if (!secret) return new Response("not configured", { status: 500 });
  const h = await headers();
  const payload = await req.text();
  let evt: UserEvent;
  try {
    evt = new Webhook(secret).verify(payload, {
      "svix-id": h.get("svix-id") ?? "",
      "svix-timestamp": h.get("svix-timestamp") ?? "",
      "svix-signature": h.get("svix-signature") ?? "",
    }) as UserEvent;
  } catch {
    return new Response("invalid signature", { status: 400 });
  }
  if (evt.type === "user.created" || evt.type === "user.updated") {
    const email = evt.data.email_addresses[0]?.email_address ?? "";
    await prisma.user.upsert({ where: { clerkId: evt.data.id }, create: { clerkId: evt.data.id, email }, update: { email } });
  }
  return new Response("ok");
}
