"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const LogInput = z.object({ habitId: z.string().uuid(), note: z.string().max(280).optional() });

export async function logHabit(_prev: unknown, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in again." };

  const parsed = LogInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid input" };

  const { error } = await supabase.from("habit_logs").insert({
    habit_id: parsed.data.habitId,
    user_id: user.id,
    note: parsed.data.note ?? null,
  });
  if (error) return { error: "Could not save" };
  revalidatePath("/habits");
  return { ok: true };
}
