import { createClient } from "npm:@supabase/supabase-js@2";

const secret = Deno.env.get("PADDLE_WEBHOOK_SECRET");
const admin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

async function hmacHex(key: string, data: string) {
  const k = await crypto.subtle.importKey("raw", new TextEncoder().encode(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const sig = await crypto.subtle.sign("HMAC", k, new TextEncoder().encode(data));
  return Array.from(new Uint8Array(sig)).map((b) => b.toString(16).padStart(2, "0")).join("");
}

Deno.serve(async (req) => {
  const body = await req.text();

  if (secret) {
    const header = req.headers.get("paddle-signature") ?? "";
    const parts = Object.fromEntries(header.split(";").map((p) => p.split("=")));
    const expected = await hmacHex(secret, `${parts.ts}:${body}`);
    if (expected !== parts.h1) return new Response("bad signature", { status: 401 });
  } else {
    console.warn("PADDLE_WEBHOOK_SECRET not set, skipping verification");
  }

  const event = JSON.parse(body);
  if (event.event_type === "transaction.completed") {
    await admin
      .from("profiles")
      .update({ plan: "pro", paddle_customer_id: event.data.customer_id })
      .eq("id", event.data.custom_data?.user_id);
  }
  return new Response(JSON.stringify({ ok: true }), { headers: { "Content-Type": "application/json" } });
});
