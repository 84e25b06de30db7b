import { headers } from "next/headers";
import { Webhook } from "svix";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const secret = process.env.CLERK_WEBHOOK_SECRET;
  if (!secret) throw new Error("CLERK_WEBHOOK_SECRET missing");

  const h = headers();
  const svixId = h.get("svix-id");
  const svixTimestamp = h.get("svix-timestamp");
  const svixSignature = h.get("svix-signature");
  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response("Missing svix headers", { status: 400 });
  }

  const wh = new Webhook(secret);
  const payload = await req.json();
  const evt = payload as WebhookEvent;

  if (evt.type === "user.created" || evt.type === "user.updated") {
    const { id, email_addresses, public_metadata } = evt.data;
    await prisma.user.upsert({
      where: { clerkId: id },
      update: { email: email_addresses[0]?.email_address, role: (public_metadata.role as string) ?? "member" },
      create: { clerkId: id, email: email_addresses[0]?.email_address ?? "", role: (public_metadata.role as string) ?? "member" },
    });
  }
  if (evt.type === "user.deleted" && evt.data.id) {
    await prisma.user.delete({ where: { clerkId: evt.data.id } });
  }
  return new Response("ok", { status: 200 });
}
