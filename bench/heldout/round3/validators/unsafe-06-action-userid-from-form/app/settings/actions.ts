"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createClient } from "@/utils/supabase/server";

const ProfileSchema = z.object({
  userId: z.string().uuid(),
  fullName: z.string().min(1).max(100),
  bio: z.string().max(500).optional(),
});

export async function updateProfile(prevState: unknown, formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: "You must be signed in" };

  const parsed = ProfileSchema.safeParse({
    userId: formData.get("userId"),
    fullName: formData.get("fullName"),
    bio: formData.get("bio"),
  });
  if (!parsed.success) return { error: "Invalid input" };

  const { error } = await supabase
    .from("profiles")
    .update({ full_name: parsed.data.fullName, bio: parsed.data.bio })
    .eq("id", parsed.data.userId);

  if (error) return { error: error.message };
  revalidatePath("/settings");
  return { success: true };
}
