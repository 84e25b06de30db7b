"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/safe-action";
import { createClient } from "@/lib/supabase/server";

export const checkIn = authedAction(async (user, habitId: string) => {
  const supabase = await createClient();
  await supabase
    .from("habit_checkins")
    .insert({ habit_id: habitId, user_id: user.id, day: new Date().toISOString().slice(0, 10) });
  revalidatePath("/habits");
});
