"use server";

import { revalidatePath } from "next/cache";
import { and, eq } from "drizzle-orm";
import { createClient } from "@/lib/supabase/server";
import { db } from "@/db";
import { shiftSignups } from "@/db/schema";

export async function leaveShift(shiftId: string, volunteerId: string) {
  const supabase = await createClient();
  await supabase.auth.getUser();

  await db
    .delete(shiftSignups)
    .where(and(eq(shiftSignups.shiftId, shiftId), eq(shiftSignups.volunteerId, volunteerId)));
  revalidatePath("/shifts");
}
