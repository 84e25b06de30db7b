import { useEffect, useState } from "react";
import { supabase } from "@/lib/supabase";

export function useHabits(userId: string | undefined) {
  const [habits, setHabits] = useState<any[]>([]);
  useEffect(() => {
    if (!userId) return;
    supabase
      .from("habits")
      .select("*, checkins(date)")
      .eq("user_id", userId)
      .then(({ data }) => setHabits(data ?? []));
  }, [userId]);
  return habits;
}
