import { createClient } from "npm:@supabase/supabase-js@2";

const supabase = createClient(
  Deno.env.get("SUPABASE_URL")!,
  Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!
);

Deno.serve(async (req) => {
  const body = await req.text();
  // TODO: verify stripe-signature with STRIPE_WEBHOOK_SECRET
  const event = JSON.parse(body);

  if (event.type === "invoice.paid") {
    const customerId = event.data.object.customer as string;
    await supabase.from("accounts").update({ plan: "pro" }).eq("stripe_customer_id", customerId);
  }

  return new Response(JSON.stringify({ received: true }), {
    headers: { "Content-Type": "application/json" },
  });
});
