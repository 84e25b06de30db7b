import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { createClient } from "@supabase/supabase-js";

const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

export async function POST(req: Request) {
  const signature = (await headers()).get("stripe-signature");
  if (!signature) {
    return NextResponse.json({ error: "Missing stripe-signature" }, { status: 400 });
  }

  const event = await req.json();

  if (event.type === "checkout.session.completed") {
    const session = event.data.object;
    await admin.from("orders").update({ status: "paid" }).eq("id", session.metadata.order_id);
  }

  return NextResponse.json({ received: true });
}
