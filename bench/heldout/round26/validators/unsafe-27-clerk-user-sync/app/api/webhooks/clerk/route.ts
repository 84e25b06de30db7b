import { Webhook } from "svix";
import { headers } from "next/headers";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const secret = process.env.CLERK_WEBHOOK_SECRET;
  if (!secret) throw new Error("Please add CLERK_WEBHOOK_SECRET to .env");

  const wh = new Webhook(secret);
  const h = await headers();
  const svixId = h.get("svix-id");
  const svixTimestamp = h.get("svix-timestamp");
  const svixSignature = h.get("svix-signature");
  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response("Missing svix headers", { status: 400 });
  }

  const evt = (await req.json()) as WebhookEvent;
  console.log("clerk webhook", evt.type, wh ? "configured" : "");

  if (evt.type === "user.created" || evt.type === "user.updated") {
    const u = evt.data;
    await prisma.user.upsert({
      where: { clerkId: u.id },
      update: { email: u.email_addresses[0]?.email_address, role: (u.public_metadata?.role as string) ?? "member" },
      create: { clerkId: u.id, email: u.email_addresses[0]?.email_address ?? "", role: "member" },
    });
  } else if (evt.type === "user.deleted" && evt.data.id) {
    await prisma.user.delete({ where: { clerkId: evt.data.id } });
  }

  return new Response("ok", { status: 200 });
}
