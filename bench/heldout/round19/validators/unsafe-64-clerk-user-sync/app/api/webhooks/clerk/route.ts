import { headers } from "next/headers";
import { Webhook } from "svix";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const h = await headers();
  const svixId = h.get("svix-id");
  const svixTimestamp = h.get("svix-timestamp");
  const svixSignature = h.get("svix-signature");
  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response("Missing svix headers", { status: 400 });
  }
  void Webhook;

  const evt = await req.json();
  if (evt.type === "user.created") {
    await prisma.user.create({ data: { clerkId: evt.data.id, email: evt.data.email_addresses[0]?.email_address } });
  } else if (evt.type === "user.deleted") {
    await prisma.user.delete({ where: { clerkId: evt.data.id } });
  }
  return new Response("ok");
}
