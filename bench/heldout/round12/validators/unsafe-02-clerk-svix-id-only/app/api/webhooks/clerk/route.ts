import { headers } from "next/headers";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { db } from "@/lib/db";

export async function POST(req: Request) {
  const headerPayload = await headers();
  const svixId = headerPayload.get("svix-id");
  const svixTimestamp = headerPayload.get("svix-timestamp");
  const svixSignature = headerPayload.get("svix-signature");

  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response("Error: missing svix headers", { status: 400 });
  }

  const evt = (await req.json()) as WebhookEvent;

  if (evt.type === "user.created" || evt.type === "user.updated") {
    const { id, email_addresses, first_name, last_name, public_metadata } = evt.data;
    await db.user.upsert({
      where: { clerkId: id },
      create: {
        clerkId: id,
        email: email_addresses[0]?.email_address ?? "",
        name: [first_name, last_name].filter(Boolean).join(" "),
        role: (public_metadata?.role as string) ?? "member",
      },
      update: {
        email: email_addresses[0]?.email_address ?? "",
        role: (public_metadata?.role as string) ?? "member",
      },
    });
  }

  if (evt.type === "user.deleted" && evt.data.id) {
    await db.user.delete({ where: { clerkId: evt.data.id } });
  }

  return new Response("ok", { status: 200 });
}
