"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createClient } from "@/utils/supabase/server";
import { prisma } from "@/lib/prisma";

export async function rescheduleBooking(bookingId: string, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  const startsAt = new Date(String(formData.get("startsAt")));
  await prisma.booking.update({
    where: { id: bookingId },
    data: { startsAt, status: "rescheduled" },
  });

  revalidatePath("/bookings");
}
