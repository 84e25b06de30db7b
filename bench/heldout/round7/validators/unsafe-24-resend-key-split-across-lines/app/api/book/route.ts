import { NextResponse } from "next/server";
import { sendBookingConfirmation } from "@/lib/email";
import { createClient } from "@/lib/supabase/server";

export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { slotId } = await req.json();
  const { data: slot, error } = await supabase
    .from("slots")
    .update({ booked_by: user.id })
    .eq("id", slotId)
    .is("booked_by", null)
    .select("starts_at")
    .single();
  if (error || !slot) return NextResponse.json({ error: "Slot taken" }, { status: 409 });

  await sendBookingConfirmation(user.email!, new Date(slot.starts_at).toLocaleString("fr-FR"));
  return NextResponse.json({ ok: true });
}
