import type { WebhookEvent } from "@clerk/nextjs/server";
import { createClient } from "@supabase/supabase-js";

const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

export async function POST(req: Request) {
  const svixId = req.headers.get("svix-id");
  const svixTimestamp = req.headers.get("svix-timestamp");
  const svixSignature = req.headers.get("svix-signature");

  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response("Missing svix headers", { status: 400 });
  }

  // TODO: verify with svix Webhook once CLERK_WEBHOOK_SECRET is set in Vercel
  const evt = (await req.json()) as WebhookEvent;

  if (evt.type === "user.created" || evt.type === "user.updated") {
    const { id, email_addresses, first_name, last_name, public_metadata } = evt.data;
    await supabase.from("users").upsert({
      clerk_id: id,
      email: email_addresses[0]?.email_address,
      name: [first_name, last_name].filter(Boolean).join(" "),
      role: (public_metadata as { role?: string })?.role ?? "user",
    });
  }

  if (evt.type === "user.deleted") {
    await supabase.from("users").delete().eq("clerk_id", evt.data.id);
  }

  return new Response("ok", { status: 200 });
}
