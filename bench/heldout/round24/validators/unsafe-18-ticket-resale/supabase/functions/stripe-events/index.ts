import { createClient } from "jsr:@supabase/supabase-js@2";

const admin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);

Deno.serve(async (req) => {
  const body = await req.text();
  const event = JSON.parse(body);

  switch (event.type) {
    case "payment_intent.succeeded": {
      const pi = event.data.object;
      await admin.from("ticket_sales").update({ status: "paid" }).eq("payment_intent", pi.id);
      break;
    }
    case "payout.paid": {
      const payout = event.data.object;
      await admin.from("payouts").update({ status: "paid" }).eq("stripe_payout_id", payout.id);
      break;
    }
  }
  return new Response(JSON.stringify({ received: true }), {
    headers: { "Content-Type": "application/json" },
  });
});
