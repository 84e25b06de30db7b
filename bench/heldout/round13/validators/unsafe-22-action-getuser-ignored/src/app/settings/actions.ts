"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { createAdminClient } from "@/lib/supabase/admin";

export async function saveProfile(formData: FormData) {
  const supabase = await createClient();
  await supabase.auth.getUser();

  const admin = createAdminClient();
  const { error } = await admin
    .from("profiles")
    .update({
      display_name: formData.get("displayName") as string,
      bio: formData.get("bio") as string,
      website: formData.get("website") as string,
    })
    .eq("id", formData.get("profileId") as string);

  if (error) return { error: "Could not save" };
  revalidatePath("/settings");
  return { ok: true };
}
