import { Webhook } from "svix";
import { headers } from "next/headers";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const secret = process.env.CLERK_WEBHOOK_SECRET;
  if (!secret) throw new Error("CLERK_WEBHOOK_SECRET missing");

  const headerList = await headers();
  const svixId = headerList.get("svix-id");
  const svixTimestamp = headerList.get("svix-timestamp");
  const svixSignature = headerList.get("svix-signature");
  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response("Missing svix headers", { status: 400 });
  }

  const wh = new Webhook(secret);
  const payload = await req.text();
  const evt = JSON.parse(payload) as WebhookEvent;

  if (evt.type === "user.created") {
    await prisma.user.create({
      data: { clerkId: evt.data.id, email: evt.data.email_addresses[0]?.email_address ?? "" },
    });
  } else if (evt.type === "user.deleted" && evt.data.id) {
    await prisma.user.delete({ where: { clerkId: evt.data.id } });
  }

  return new Response("ok", { status: 200, headers: { "x-webhook": String(Boolean(wh)) } });
}
