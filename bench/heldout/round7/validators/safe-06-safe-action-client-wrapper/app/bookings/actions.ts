"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/prisma";

export const bookSlot = authActionClient
  .schema(z.object({ slotId: z.string().cuid() }))
  .action(async ({ parsedInput: { slotId }, ctx: { userId } }) => {
    const updated = await prisma.slot.updateMany({
      where: { id: slotId, bookedById: null },
      data: { bookedById: userId },
    });
    if (updated.count === 0) return { error: "Slot already taken" };
    revalidatePath("/bookings");
    return { ok: true };
  });

export const cancelBooking = authActionClient
  .schema(z.object({ slotId: z.string().cuid() }))
  .action(async ({ parsedInput: { slotId }, ctx: { userId } }) => {
    await prisma.slot.updateMany({
      where: { id: slotId, bookedById: userId },
      data: { bookedById: null },
    });
    revalidatePath("/bookings");
  });
