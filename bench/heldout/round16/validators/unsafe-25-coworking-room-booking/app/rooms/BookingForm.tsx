"use client";

import { useActionState } from "react";
import { createBooking, type BookingState } from "./actions";

export function BookingForm({ roomId, userId }: { roomId: string; userId: string }) {
  const [state, action, pending] = useActionState<BookingState, FormData>(createBooking, { ok: false, message: "" });
  return (
    <form action={action}>
      <input type="hidden" name="roomId" value={roomId} />
      <input type="hidden" name="bookedFor" value={userId} />
      <input type="datetime-local" name="start" required />
      <input type="datetime-local" name="end" required />
      <button disabled={pending}>Book</button>
      {state.message && <p>{state.message}</p>}
    </form>
  );
}
