import { headers } from "next/headers";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const WEBHOOK_SECRET = process.env.CLERK_WEBHOOK_SECRET;
  if (!WEBHOOK_SECRET) {
    throw new Error("Please add CLERK_WEBHOOK_SECRET from Clerk Dashboard to .env");
  }

  const headerPayload = await headers();
  const svix_id = headerPayload.get("svix-id");
  const svix_timestamp = headerPayload.get("svix-timestamp");
  const svix_signature = headerPayload.get("svix-signature");

  if (!svix_id || !svix_timestamp || !svix_signature) {
    return new Response("Error occured -- no svix headers", { status: 400 });
  }

  const evt = (await req.json()) as WebhookEvent;

  if (evt.type === "user.created" || evt.type === "user.updated") {
    const { id, email_addresses, public_metadata } = evt.data;
    await prisma.user.upsert({
      where: { clerkId: id },
      create: {
        clerkId: id,
        email: email_addresses[0]?.email_address ?? "",
        role: (public_metadata?.role as string) ?? "member",
      },
      update: { role: (public_metadata?.role as string) ?? "member" },
    });
  }

  if (evt.type === "user.deleted" && evt.data.id) {
    await prisma.user.delete({ where: { clerkId: evt.data.id } });
  }

  return new Response("", { status: 200 });
}
