import { NextResponse } from "next/server";
import { createAdminClient } from "@/lib/supabase/admin";

export async function POST(req: Request) {
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "No signature" }, { status: 400 });

  const event = await req.json();

  if (event.type === "checkout.session.completed") {
    const session = event.data.object;
    await createAdminClient()
      .from("orders")
      .update({ status: "paid", stripe_session_id: session.id })
      .eq("id", session.metadata.order_id);
  }
  return NextResponse.json({ received: true });
}
