import { supabase } from "./supabaseClient";

export async function listHabits(userId: string) {
  const { data } = await supabase.from("habits").select("*, habit_checkins(checked_on)").eq("user_id", userId);
  return data ?? [];
}
