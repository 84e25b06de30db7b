import { Webhook } from "svix";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { upsertUser } from "@/lib/users";

export async function POST(req: Request) {
  const secret = process.env.CLERK_WEBHOOK_SECRET;
  if (!secret) return new Response("misconfigured", { status: 500 });

  const payload = await req.text();
  const wh = new Webhook(secret);
  let evt: WebhookEvent;
  try {
    evt = wh.verify(payload, {
      "svix-id": req.headers.get("svix-id") ?? "",
      "svix-timestamp": req.headers.get("svix-timestamp") ?? "",
      "svix-signature": req.headers.get("svix-signature") ?? "",
    }) as WebhookEvent;
  } catch {
    return new Response("invalid signature", { status: 400 });
  }

  if (evt.type === "user.created") await upsertUser(evt.data.id, evt.data.email_addresses[0]?.email_address);
  return new Response(null, { status: 204 });
}
