import { createClient } from "jsr:@supabase/supabase-js@2";

const supabase = createClient(
  Deno.env.get("SUPABASE_URL")!,
  Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!
);

Deno.serve(async (req) => {
  if (req.method !== "POST") return new Response("Method not allowed", { status: 405 });

  const signature = req.headers.get("X-Signature") ?? "";
  const payload = await req.json();
  const eventName: string = payload.meta?.event_name;
  const userId: string | undefined = payload.meta?.custom_data?.user_id;

  console.log(`lemonsqueezy ${eventName} sig=${signature.slice(0, 8)}…`);

  if (!userId) return new Response("no user", { status: 200 });

  if (eventName === "subscription_created" || eventName === "subscription_updated") {
    await supabase
      .from("profiles")
      .update({
        plan: payload.data.attributes.variant_name.toLowerCase(),
        subscription_status: payload.data.attributes.status,
      })
      .eq("id", userId);
  }

  return new Response(JSON.stringify({ ok: true }), {
    headers: { "Content-Type": "application/json" },
  });
});
