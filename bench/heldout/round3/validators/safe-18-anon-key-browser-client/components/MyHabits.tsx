"use client";

import { useEffect, useState } from "react";
import { createClient } from "@/lib/supabase/client";

export function MyHabits() {
  const [habits, setHabits] = useState<{ id: string; name: string }[]>([]);

  useEffect(() => {
    const supabase = createClient();
    supabase
      .from("habits")
      .select("id, name")
      .order("created_at")
      .then(({ data }) => setHabits(data ?? []));
  }, []);

  return (
    <ul>
      {habits.map((h) => (
        <li key={h.id}>{h.name}</li>
      ))}
    </ul>
  );
}
