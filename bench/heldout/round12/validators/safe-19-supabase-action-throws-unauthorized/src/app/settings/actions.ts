"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

export async function updateProfile(formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) {
    throw new Error("Unauthorized");
  }

  const displayName = String(formData.get("display_name") ?? "").trim().slice(0, 50);
  const timezone = String(formData.get("timezone") ?? "UTC");

  const { error } = await supabase
    .from("profiles")
    .update({ display_name: displayName, timezone })
    .eq("id", user.id);

  if (error) {
    return { error: "Could not update profile" };
  }

  revalidatePath("/settings");
  return { success: true };
}

export async function deleteAvatar() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");

  await supabase.storage.from("avatars").remove([`${user.id}/avatar.png`]);
  await supabase.from("profiles").update({ avatar_url: null }).eq("id", user.id);
  revalidatePath("/settings");
}
