import { createClient } from "jsr:@supabase/supabase-js@2";

const admin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

Deno.serve(async (req) => {
  const event = await req.json();

  switch (event.type) {
    case "customer.subscription.updated":
    case "customer.subscription.created": {
      const sub = event.data.object;
      await admin
        .from("subscriptions")
        .upsert({ stripe_customer_id: sub.customer, status: sub.status, price_id: sub.items.data[0].price.id });
      break;
    }
    case "customer.subscription.deleted":
      await admin.from("subscriptions").update({ status: "canceled" }).eq("stripe_customer_id", event.data.object.customer);
      break;
  }

  return new Response(JSON.stringify({ received: true }), { headers: { "Content-Type": "application/json" } });
});
