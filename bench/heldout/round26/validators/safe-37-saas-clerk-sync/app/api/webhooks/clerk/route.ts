import { Webhook } from "svix";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const secret = process.env.CLERK_WEBHOOK_SECRET;
  if (!secret) return new Response("Server misconfigured", { status: 500 });

  const payload = await req.text();
  const svixHeaders = {
    "svix-id": req.headers.get("svix-id") ?? "",
    "svix-timestamp": req.headers.get("svix-timestamp") ?? "",
    "svix-signature": req.headers.get("svix-signature") ?? "",
  };

  let evt: WebhookEvent;
  try {
    evt = new Webhook(secret).verify(payload, svixHeaders) as WebhookEvent;
  } catch {
    return new Response("Invalid signature", { status: 400 });
  }

  if (evt.type === "user.created") {
    await prisma.user.create({
      data: { clerkId: evt.data.id, email: evt.data.email_addresses[0]?.email_address ?? "" },
    });
  } else if (evt.type === "user.deleted" && evt.data.id) {
    await prisma.user.deleteMany({ where: { clerkId: evt.data.id } });
  }

  return new Response("ok");
}
