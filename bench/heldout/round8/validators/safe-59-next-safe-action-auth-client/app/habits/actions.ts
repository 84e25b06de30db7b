"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/safe-action";
import { db } from "@/db";
import { habits, checkins } from "@/db/schema";

export const checkIn = authActionClient
  .schema(z.object({ habitId: z.string().uuid() }))
  .action(async ({ parsedInput: { habitId }, ctx: { userId } }) => {
    const [habit] = await db
      .select({ id: habits.id })
      .from(habits)
      .where(and(eq(habits.id, habitId), eq(habits.userId, userId)));
    if (!habit) throw new Error("Habit not found");
    await db.insert(checkins).values({ habitId, userId, day: new Date().toISOString().slice(0, 10) });
    revalidatePath("/habits");
  });
