import { NextResponse } from "next/server";
import { supabaseAdmin } from "@/lib/supabase/admin";

type ResendEvent = {
  type: "email.delivered" | "email.bounced" | "email.complained";
  data: { email_id: string; to: string[] };
};

// Resend posts delivery events here (configure in Resend dashboard > Webhooks)
export async function POST(req: Request) {
  const event = (await req.json()) as ResendEvent;

  if (event.type === "email.bounced" || event.type === "email.complained") {
    await supabaseAdmin
      .from("subscribers")
      .update({ status: "unsubscribed", reason: event.type })
      .in("email", event.data.to);
  }

  await supabaseAdmin.from("email_events").insert({
    email_id: event.data.email_id,
    type: event.type,
  });

  return NextResponse.json({ ok: true });
}
