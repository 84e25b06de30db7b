import { headers } from "next/headers";
import { Webhook } from "svix";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { db } from "@/db";
import { users } from "@/db/schema";

export async function POST(req: Request) {
  const secret = process.env.CLERK_WEBHOOK_SECRET;
  if (!secret) return new Response("Not configured", { status: 500 });
  const h = headers();
  const svixHeaders = {
    "svix-id": h.get("svix-id") ?? "",
    "svix-timestamp": h.get("svix-timestamp") ?? "",
    "svix-signature": h.get("svix-signature") ?? "",
  };
  const payload = await req.text();

  let evt: WebhookEvent;
  try {
    evt = new Webhook(secret).verify(payload, svixHeaders) as WebhookEvent;
  } catch {
    return new Response("Invalid signature", { status: 400 });
  }

  if (evt.type === "user.created") {
    const u = evt.data;
    await db
      .insert(users)
      .values({ clerkId: u.id, email: u.email_addresses[0]?.email_address ?? "" })
      .onConflictDoNothing();
  }
  return new Response("ok");
}
