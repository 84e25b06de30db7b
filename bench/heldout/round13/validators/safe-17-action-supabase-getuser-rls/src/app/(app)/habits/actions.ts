"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/utils/supabase/server";

export async function checkIn(habitId: string, day: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();

  if (!user) {
    return { error: "Please sign in again." } as const;
  }

  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { error: "Invalid date" } as const;

  const { error } = await supabase
    .from("habit_checkins")
    .upsert({ habit_id: habitId, day, user_id: user.id }, { onConflict: "habit_id,day" });

  if (error) return { error: "Could not save check-in" } as const;
  revalidatePath("/habits");
  return { ok: true } as const;
}
