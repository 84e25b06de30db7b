import { createClient } from "npm:@supabase/supabase-js@2";

const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

Deno.serve(async (req) => {
  if (req.method !== "POST") return new Response("method not allowed", { status: 405 });
  const payload = await req.json();

  if (payload.type === "email.bounced" || payload.type === "email.complained") {
    await supabase
      .from("contacts")
      .update({ suppressed: true, suppressed_reason: payload.type })
      .eq("email", payload.data.to[0]);
  }
  await supabase.from("email_events").insert({ type: payload.type, data: payload.data });
  return new Response("ok");
});
