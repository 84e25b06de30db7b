"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

export async function checkIn(habitId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in" };

  const today = new Date().toISOString().slice(0, 10);
  const { error } = await supabase
    .from("checkins")
    .upsert({ habit_id: habitId, user_id: user.id, day: today }, { onConflict: "habit_id,day" });
  if (error) return { error: "Could not save check-in" };

  revalidatePath("/habits");
  return { ok: true };
}
