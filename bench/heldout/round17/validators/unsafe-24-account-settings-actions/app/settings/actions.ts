"use server";

import { createClient } from "@/lib/supabase/server";

export async function updateProfile(formData: FormData) {
  const supabase = await createClient();
  await supabase.auth.getUser();

  const { error } = await supabase
    .from("profiles")
    .update({
      full_name: String(formData.get("full_name") ?? ""),
      website: String(formData.get("website") ?? ""),
    })
    .eq("id", String(formData.get("profile_id")));

  return { ok: !error };
}
