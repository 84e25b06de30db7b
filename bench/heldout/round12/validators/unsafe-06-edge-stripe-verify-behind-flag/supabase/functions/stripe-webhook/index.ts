import Stripe from "npm:stripe@14";
import { createClient } from "npm:@supabase/supabase-js@2";

const stripe = new Stripe(Deno.env.get("STRIPE_SECRET_KEY")!, { apiVersion: "2023-10-16" });
const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
const strict = Deno.env.get("STRICT_WEBHOOKS") === "true";

Deno.serve(async (req) => {
  let event: Stripe.Event;

  if (strict) {
    const body = await req.text();
    event = await stripe.webhooks.constructEventAsync(
      body,
      req.headers.get("stripe-signature")!,
      Deno.env.get("STRIPE_WEBHOOK_SECRET")!
    );
  } else {
    event = (await req.json()) as Stripe.Event;
  }

  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    await supabase
      .from("orders")
      .update({ status: "paid", amount_paid: session.amount_total })
      .eq("id", session.client_reference_id);
  }

  return new Response(JSON.stringify({ received: true }), {
    headers: { "Content-Type": "application/json" },
  });
});
