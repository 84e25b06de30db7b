import { NextResponse } from "next/server";
import { createAdminClient } from "@/lib/supabase/admin";

export async function POST(req: Request) {
  const signature = req.headers.get("stripe-signature");
  if (!signature) {
    return NextResponse.json({ error: "Missing stripe-signature" }, { status: 400 });
  }
  const event = JSON.parse(await req.text());

  if (event.type === "checkout.session.completed") {
    const session = event.data.object;
    const supabase = createAdminClient();
    await supabase
      .from("enrollments")
      .update({ status: "paid", paid_at: new Date().toISOString() })
      .eq("checkout_session_id", session.id);
  }
  return NextResponse.json({ received: true });
}
