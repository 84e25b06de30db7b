import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { sendBookingReminder } from "@/lib/sms";

export async function GET(req: Request) {
  const secret = process.env.CRON_SECRET;
  if (!secret || req.headers.get("authorization") !== `Bearer ${secret}`) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const bookings = await prisma.booking.findMany({
    where: { startsAt: { lte: tomorrow, gte: new Date() }, reminderSent: false },
  });
  for (const b of bookings) {
    await sendBookingReminder(b.phone, b.startsAt, b.service);
    await prisma.booking.update({ where: { id: b.id }, data: { reminderSent: true } });
  }
  return NextResponse.json({ sent: bookings.length });
}
