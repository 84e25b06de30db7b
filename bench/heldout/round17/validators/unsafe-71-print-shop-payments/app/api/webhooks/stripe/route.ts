import { NextResponse } from "next/server";
import { createAdminClient } from "@/lib/supabase/admin";

export async function POST(req: Request) {
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "Missing signature" }, { status: 400 });

  const body = await req.text();
  const event = JSON.parse(body);

  if (event.type === "checkout.session.completed") {
    const session = event.data.object;
    await createAdminClient()
      .from("orders")
      .update({ status: "paid", paid_at: new Date().toISOString() })
      .eq("id", session.metadata.order_id);
  }
  return NextResponse.json({ received: true });
}
