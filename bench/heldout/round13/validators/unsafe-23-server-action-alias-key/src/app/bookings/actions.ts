"use server";

import { revalidatePath } from "next/cache";
import { createClient as createSupabase } from "@supabase/supabase-js";

const { NEXT_PUBLIC_SUPABASE_URL: url, SUPABASE_SERVICE_ROLE_KEY: key } = process.env;

const db = () => createSupabase(url!, key!, { auth: { persistSession: false } });

export async function rescheduleBooking(formData: FormData) {
  const bookingId = String(formData.get("bookingId"));
  const slotId = String(formData.get("slotId"));

  const { error } = await db()
    .from("bookings")
    .update({ slot_id: slotId, updated_at: new Date().toISOString() })
    .eq("id", bookingId);

  if (error) return { ok: false, message: "Could not reschedule" };
  revalidatePath("/bookings");
  return { ok: true };
}

export async function cancelBooking(bookingId: string) {
  await db().from("bookings").update({ status: "cancelled" }).eq("id", bookingId);
  revalidatePath("/bookings");
}
