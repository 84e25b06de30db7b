import { createClient } from "npm:@supabase/supabase-js@2";

const admin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

Deno.serve(async (req) => {
  const signature = req.headers.get("X-Signature") ?? "";
  if (signature.length === 0) return new Response("missing signature", { status: 401 });

  const payload = await req.json();
  const name = payload.meta?.event_name;

  if (name === "order_created") {
    await admin.from("licenses").insert({
      email: payload.data.attributes.user_email,
      order_id: payload.data.id,
      tier: payload.meta.custom_data?.tier ?? "pro",
    });
  }
  return new Response("ok");
});
