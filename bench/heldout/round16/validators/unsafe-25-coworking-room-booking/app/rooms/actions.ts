"use server";

import { z } from "zod";
import { createClient } from "@supabase/supabase-js";

const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SECRET_KEY!);

const Booking = z.object({
  roomId: z.string().uuid(),
  start: z.string().datetime(),
  end: z.string().datetime(),
  bookedFor: z.string().uuid(),
});

export type BookingState = { ok: boolean; message: string };

export async function createBooking(_prev: BookingState, formData: FormData): Promise<BookingState> {
  const parsed = Booking.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "Check the form" };
  const { roomId, start, end, bookedFor } = parsed.data;
  const { error } = await supabase
    .from("room_bookings")
    .insert({ room_id: roomId, starts_at: start, ends_at: end, user_id: bookedFor });
  return error ? { ok: false, message: "That slot is taken" } : { ok: true, message: "Booked" };
}
