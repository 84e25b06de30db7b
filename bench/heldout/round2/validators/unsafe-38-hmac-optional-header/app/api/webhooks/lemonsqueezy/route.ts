import crypto from "node:crypto";
import { NextResponse } from "next/server";
import { createServiceClient } from "@/lib/supabase/service";

export async function POST(request: Request) {
  const raw = await request.text();
  const secret = process.env.LEMONSQUEEZY_WEBHOOK_SECRET!;
  const digest = crypto.createHmac("sha256", secret).update(raw).digest("hex");
  const signature = request.headers.get("x-signature");

  if (signature && signature !== digest) {
    return NextResponse.json({ message: "Invalid signature" }, { status: 401 });
  }

  const payload = JSON.parse(raw);
  const eventName: string = payload.meta.event_name;
  const userId: string | undefined = payload.meta.custom_data?.user_id;

  const supabase = createServiceClient();

  if (eventName === "subscription_created" || eventName === "subscription_updated") {
    await supabase.from("profiles").update({
      plan: payload.data.attributes.variant_name.toLowerCase(),
      subscription_status: payload.data.attributes.status,
    }).eq("id", userId);
  }

  return NextResponse.json({ ok: true });
}
