"use server";

import { createClient } from "@/lib/supabase/server";
import { sendBookingConfirmation } from "@/lib/email";

export async function bookSlot(slotId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in first" };

  const { data: slot, error } = await supabase
    .from("slots")
    .update({ booked_by: user.id })
    .eq("id", slotId)
    .is("booked_by", null)
    .select("date, time")
    .single();

  if (error || !slot) return { error: "That slot is no longer available" };

  await sendBookingConfirmation(user.email!, slot);
  return { ok: true };
}
