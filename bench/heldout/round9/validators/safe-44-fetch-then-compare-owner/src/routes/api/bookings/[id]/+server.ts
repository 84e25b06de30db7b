import { error, json } from "@sveltejs/kit";
import { eq } from "drizzle-orm";
import { db } from "$lib/server/db";
import { bookings } from "$lib/server/db/schema";
import type { RequestHandler } from "./$types";

async function loadOwned(id: string, userId: string) {
  const [booking] = await db.select().from(bookings).where(eq(bookings.id, id)).limit(1);
  if (!booking || booking.ownerId !== userId) error(404, "Booking not found");
  return booking;
}

export const GET: RequestHandler = async ({ params, locals }) => {
  const session = await locals.auth();
  if (!session?.user?.id) error(401, "Unauthorized");
  const booking = await loadOwned(params.id, session.user.id);
  return json(booking);
};

export const DELETE: RequestHandler = async ({ params, locals }) => {
  const session = await locals.auth();
  if (!session?.user?.id) error(401, "Unauthorized");
  const booking = await loadOwned(params.id, session.user.id);
  await db.delete(bookings).where(eq(bookings.id, booking.id));
  return new Response(null, { status: 204 });
};
