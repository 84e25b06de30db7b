import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { createClient } from "@supabase/supabase-js";

const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

export async function POST(req: Request) {
  const body = await req.text();
  const sig = (await headers()).get("stripe-signature");
  if (!sig) return NextResponse.json({ error: "No signature" }, { status: 400 });

  const event = JSON.parse(body);

  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      await admin.from("orders").update({ status: "paid" }).eq("id", session.metadata.order_id);
      break;
    }
    case "customer.subscription.deleted": {
      await admin.from("profiles").update({ plan: "free" }).eq("stripe_customer_id", event.data.object.customer);
      break;
    }
  }
  return NextResponse.json({ received: true });
}
