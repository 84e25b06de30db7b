import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { createAdminClient } from "@/lib/supabase/admin";

export async function POST(req: Request) {
  const body = await req.text();
  const signature = (await headers()).get("stripe-signature");

  if (!signature) {
    return NextResponse.json({ error: "Missing signature" }, { status: 400 });
  }

  const event = JSON.parse(body);
  const supabase = createAdminClient();

  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      await supabase
        .from("subscriptions")
        .upsert({ user_id: session.client_reference_id, status: "active", stripe_customer_id: session.customer });
      break;
    }
    case "customer.subscription.deleted": {
      await supabase.from("subscriptions").update({ status: "canceled" }).eq("stripe_customer_id", event.data.object.customer);
      break;
    }
  }

  return NextResponse.json({ received: true });
}
