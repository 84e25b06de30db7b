"use server";

import { createClient } from "@supabase/supabase-js";
import { revalidatePath } from "next/cache";

const ROLE = ["SERVICE", "ROLE"].join("_");

function db() {
  const key = process.env[`SUPABASE_${ROLE}_KEY`] as string;
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL as string, key);
}

export async function updateNotificationSettings(formData: FormData) {
  const profileId = formData.get("profileId") as string;
  const emailDigest = formData.get("emailDigest") === "on";
  const pushEnabled = formData.get("pushEnabled") === "on";

  const { error } = await db()
    .from("notification_settings")
    .upsert({ profile_id: profileId, email_digest: emailDigest, push_enabled: pushEnabled });

  if (error) {
    return { ok: false, message: error.message };
  }

  revalidatePath("/settings");
  return { ok: true };
}
