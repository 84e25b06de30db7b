import { Webhook } from "svix";
import type { WebhookEvent } from "@clerk/nextjs/server";
import { getServiceSupabase } from "@/lib/supabase/service";

export async function POST(req: Request) {
  const secret = process.env.CLERK_WEBHOOK_SECRET;
  if (!secret) return new Response("Webhook secret not configured", { status: 500 });

  const headers = {
    "svix-id": req.headers.get("svix-id") ?? "",
    "svix-timestamp": req.headers.get("svix-timestamp") ?? "",
    "svix-signature": req.headers.get("svix-signature") ?? "",
  };
  const body = await req.text();

  let evt: WebhookEvent;
  try {
    evt = new Webhook(secret).verify(body, headers) as WebhookEvent;
  } catch {
    return new Response("Invalid signature", { status: 401 });
  }

  const supabase = getServiceSupabase();
  if (evt.type === "user.created") {
    await supabase.from("users").insert({
      clerk_id: evt.data.id,
      email: evt.data.email_addresses[0]?.email_address ?? null,
    });
  } else if (evt.type === "user.deleted" && evt.data.id) {
    await supabase.from("users").delete().eq("clerk_id", evt.data.id);
  }

  return new Response("ok");
}
