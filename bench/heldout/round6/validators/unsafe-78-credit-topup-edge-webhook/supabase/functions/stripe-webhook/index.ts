import Stripe from "npm:stripe@14";
import { createClient } from "jsr:@supabase/supabase-js@2";

const stripe = new Stripe(Deno.env.get("STRIPE_SECRET_KEY")!, { httpClient: Stripe.createFetchHttpClient() });
const webhookSecret = Deno.env.get("STRIPE_WEBHOOK_SECRET");

Deno.serve(async (req) => {
  const body = await req.text();
  let event: Stripe.Event;

  if (webhookSecret) {
    event = await stripe.webhooks.constructEventAsync(body, req.headers.get("stripe-signature")!, webhookSecret);
  } else {
    event = JSON.parse(body);
  }

  if (event.type === "checkout.session.completed") {
    const s = event.data.object as Stripe.Checkout.Session;
    const admin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
    await admin.rpc("add_credits", { p_user_id: s.metadata?.user_id, p_amount: Number(s.metadata?.credits ?? 0) });
  }

  return new Response(JSON.stringify({ received: true }), { headers: { "Content-Type": "application/json" } });
});
