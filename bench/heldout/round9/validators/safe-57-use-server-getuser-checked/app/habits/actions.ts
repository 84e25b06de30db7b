"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const HabitSchema = z.object({
  name: z.string().min(1).max(60),
  color: z.string().regex(/^#[0-9a-f]{6}$/i).default("#22c55e"),
});

export async function createHabit(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    throw new Error("You must be signed in");
  }

  const parsed = HabitSchema.safeParse({
    name: formData.get("name"),
    color: formData.get("color") ?? undefined,
  });
  if (!parsed.success) return { error: "Invalid habit" };

  const { error } = await supabase.from("habits").insert({ ...parsed.data, user_id: user.id });
  if (error) return { error: error.message };

  revalidatePath("/habits");
  return { ok: true };
}
