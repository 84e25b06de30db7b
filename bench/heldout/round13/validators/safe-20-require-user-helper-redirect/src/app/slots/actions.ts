"use server";

import { and, eq, isNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/require-user";
import { db } from "@/db";
import { slots } from "@/db/schema";

export async function bookSlot(slotId: string) {
  const user = await requireUser();
  const booked = await db
    .update(slots)
    .set({ bookedBy: user.id, bookedAt: new Date() })
    .where(and(eq(slots.id, slotId), isNull(slots.bookedBy)))
    .returning({ id: slots.id });
  revalidatePath("/slots");
  return { ok: booked.length === 1 };
}

export async function releaseSlot(slotId: string) {
  const user = await requireUser();
  await db
    .update(slots)
    .set({ bookedBy: null, bookedAt: null })
    .where(and(eq(slots.id, slotId), eq(slots.bookedBy, user.id)));
  revalidatePath("/slots");
}
