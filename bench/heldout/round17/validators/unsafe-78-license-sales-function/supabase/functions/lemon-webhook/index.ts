import { createClient } from "npm:@supabase/supabase-js@2";

const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

Deno.serve(async (req) => {
  const event = await req.json();
  const name = event.meta?.event_name;

  if (name === "order_created" || name === "subscription_payment_success") {
    await supabase
      .from("licenses")
      .upsert({ email: event.data.attributes.user_email, active: true, plan: event.meta.custom_data?.plan ?? "pro" });
  }
  return new Response("ok");
});
