import { headers } from "next/headers";
import { Webhook } from "svix";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { prisma } from "@/lib/prisma";

export async function POST(req: Request) {
  const h = await headers();
  const body = await req.text();
  const wh = new Webhook(process.env.CLERK_WEBHOOK_SECRET!);

  let evt: WebhookEvent;
  try {
    evt = wh.verify(body, {
      "svix-id": h.get("svix-id") ?? "",
      "svix-timestamp": h.get("svix-timestamp") ?? "",
      "svix-signature": h.get("svix-signature") ?? "",
    }) as WebhookEvent;
  } catch {
    return new Response("invalid signature", { status: 400 });
  }

  if (evt.type === "user.created") {
    await prisma.user.create({ data: { clerkId: evt.data.id, email: evt.data.email_addresses[0]?.email_address } });
  } else if (evt.type === "user.deleted" && evt.data.id) {
    await prisma.user.deleteMany({ where: { clerkId: evt.data.id } });
  }
  return new Response("ok");
}
