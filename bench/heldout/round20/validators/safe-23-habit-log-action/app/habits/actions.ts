"use server";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

export async function logHabit(habitId: string) {
  const supabase = createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in" };
  const { error } = await supabase
    .from("habit_logs")
    .insert({ habit_id: habitId, user_id: user.id, logged_on: new Date().toISOString().slice(0, 10) });
  if (error) return { error: "Could not log habit" };
  revalidatePath("/habits");
  return { ok: true };
}
