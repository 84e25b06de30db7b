import { NextResponse } from "next/server";
import { withErrorHandling } from "@/lib/api";
import { db } from "@/lib/db";
import { slots, bookings } from "@/lib/db/schema";
import { eq } from "drizzle-orm";
import { sendCancellation } from "@/lib/email";

export const POST = withErrorHandling(async (_req: Request, { params }: { params: { bookingId: string } }) => {
  const [booking] = await db.delete(bookings).where(eq(bookings.id, params.bookingId)).returning();
  if (!booking) return NextResponse.json({ error: "Booking not found" }, { status: 404 });

  await db.update(slots).set({ takenAt: null }).where(eq(slots.id, booking.slotId));
  await sendCancellation(booking.email, booking.slotId);

  return NextResponse.json({ cancelled: true });
});
