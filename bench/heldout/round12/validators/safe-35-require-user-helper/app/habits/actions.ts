"use server";

import { revalidatePath } from "next/cache";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { habits, checkins } from "@/db/schema";
import { requireUser } from "@/lib/auth/require-user";

export async function createHabit(formData: FormData) {
  const user = await requireUser();
  const name = String(formData.get("name") ?? "").trim();
  if (!name) return { error: "Name is required" };
  await db.insert(habits).values({ name, ownerId: user.id });
  revalidatePath("/habits");
  return { ok: true };
}

export async function checkIn(habitId: string) {
  const user = await requireUser();
  const [habit] = await db
    .select({ id: habits.id })
    .from(habits)
    .where(and(eq(habits.id, habitId), eq(habits.ownerId, user.id)));
  if (!habit) return { error: "Not found" };
  const day = new Date().toISOString().slice(0, 10);
  await db.insert(checkins).values({ habitId: habit.id, day }).onConflictDoNothing();
  revalidatePath("/habits");
  return { ok: true };
}
