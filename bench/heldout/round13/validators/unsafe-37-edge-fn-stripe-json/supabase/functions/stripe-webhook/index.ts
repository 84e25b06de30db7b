import { createClient } from "jsr:@supabase/supabase-js@2";

const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

Deno.serve(async (req) => {
  if (!req.headers.get("stripe-signature")) {
    return new Response("No signature", { status: 400 });
  }

  const event = await req.json();
  const obj = event.data?.object ?? {};

  switch (event.type) {
    case "customer.subscription.created":
    case "customer.subscription.updated":
      await supabase
        .from("subscriptions")
        .upsert({
          stripe_subscription_id: obj.id,
          user_id: obj.metadata?.supabase_user_id,
          status: obj.status,
          price_id: obj.items?.data?.[0]?.price?.id,
          current_period_end: new Date(obj.current_period_end * 1000).toISOString(),
        });
      break;
    case "invoice.payment_failed":
      await supabase.from("subscriptions").update({ status: "past_due" }).eq("stripe_subscription_id", obj.subscription);
      break;
  }

  return new Response(JSON.stringify({ ok: true }), { headers: { "Content-Type": "application/json" } });
});
