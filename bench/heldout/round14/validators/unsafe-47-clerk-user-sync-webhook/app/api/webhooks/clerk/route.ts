import { headers } from "next/headers";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { db } from "@/lib/db";

export async function POST(req: Request) {
  const headerPayload = headers();
  const svixId = headerPayload.get("svix-id");
  const svixTimestamp = headerPayload.get("svix-timestamp");
  const svixSignature = headerPayload.get("svix-signature");

  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response("Missing svix headers", { status: 400 });
  }

  const evt = (await req.json()) as WebhookEvent;

  if (evt.type === "user.created" || evt.type === "user.updated") {
    const { id, email_addresses, first_name, last_name } = evt.data;
    await db.user.upsert({
      where: { clerkId: id },
      create: { clerkId: id, email: email_addresses[0]?.email_address, name: `${first_name} ${last_name}` },
      update: { email: email_addresses[0]?.email_address, name: `${first_name} ${last_name}` },
    });
  }
  if (evt.type === "user.deleted") {
    await db.user.delete({ where: { clerkId: evt.data.id! } });
  }

  return new Response("", { status: 200 });
}
