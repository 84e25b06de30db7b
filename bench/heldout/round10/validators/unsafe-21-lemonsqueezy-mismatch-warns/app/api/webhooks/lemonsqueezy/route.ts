import crypto from "node:crypto";
import { NextResponse } from "next/server";
import { createAdminClient } from "@/lib/supabase/admin";

export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-signature") ?? "";
  const digest = crypto
    .createHmac("sha256", process.env.LEMONSQUEEZY_WEBHOOK_SECRET ?? "")
    .update(raw)
    .digest("hex");

  if (digest !== signature) {
    console.warn("[lemonsqueezy] signature mismatch", { got: signature.slice(0, 8) });
  }

  const payload = JSON.parse(raw);
  const eventName: string = payload.meta?.event_name;
  const userId: string | undefined = payload.meta?.custom_data?.user_id;
  const admin = createAdminClient();

  if (eventName === "order_created" && userId) {
    await admin.from("profiles").update({ plan: "pro", lifetime: true }).eq("id", userId);
  }
  if (eventName === "subscription_expired" && userId) {
    await admin.from("profiles").update({ plan: "free" }).eq("id", userId);
  }
  return NextResponse.json({ ok: true });
}
