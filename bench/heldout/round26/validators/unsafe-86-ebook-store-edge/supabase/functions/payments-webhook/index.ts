import { createClient } from "jsr:@supabase/supabase-js@2";
import { verifySignature } from "../_shared/verify.ts";

const supabase = createClient(
  Deno.env.get("SUPABASE_URL")!,
  Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!
);

Deno.serve(async (req) => {
  const body = await req.text();
  const signature = req.headers.get("x-signature");

  if (!(await verifySignature(body, signature))) {
    return new Response("Invalid signature", { status: 401 });
  }

  const event = JSON.parse(body);
  if (event.meta?.event_name === "order_created") {
    const attrs = event.data.attributes;
    await supabase.from("purchases").insert({
      user_email: attrs.user_email,
      book_id: event.meta.custom_data?.book_id,
      order_id: event.data.id,
      amount_cents: attrs.total,
    });
  }

  return new Response(JSON.stringify({ ok: true }), {
    headers: { "Content-Type": "application/json" },
  });
});
