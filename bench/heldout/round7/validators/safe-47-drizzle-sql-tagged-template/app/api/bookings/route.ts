import { NextRequest, NextResponse } from "next/server";
import { sql, and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { bookings } from "@/lib/schema";

export async function GET(req: NextRequest) {
  const day = req.nextUrl.searchParams.get("day") ?? new Date().toISOString().slice(0, 10);

  const rows = await db
    .select({ id: bookings.id, slot: bookings.slot, seats: bookings.seats })
    .from(bookings)
    .where(and(sql`date(${bookings.slot}) = ${day}`, eq(bookings.cancelled, false)))
    .orderBy(bookings.slot);

  return NextResponse.json(rows);
}
