import { headers } from "next/headers";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const h = await headers();
  const svixId = h.get("svix-id");
  const svixTimestamp = h.get("svix-timestamp");
  const svixSignature = h.get("svix-signature");

  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response("Missing svix headers", { status: 400 });
  }

  const evt = (await req.json()) as WebhookEvent;

  if (evt.type === "user.created" || evt.type === "user.updated") {
    const { id, email_addresses, public_metadata } = evt.data;
    await prisma.user.upsert({
      where: { clerkId: id },
      create: { clerkId: id, email: email_addresses[0]?.email_address ?? "", role: String(public_metadata.role ?? "member") },
      update: { email: email_addresses[0]?.email_address ?? "", role: String(public_metadata.role ?? "member") },
    });
  }
  if (evt.type === "user.deleted" && evt.data.id) {
    await prisma.user.delete({ where: { clerkId: evt.data.id } });
  }
  return new Response("ok");
}
