"use server";

import { createClient } from "@/lib/supabase/server";

export async function submitFeedback(formData: FormData) {
  const supabase = await createClient();
  await supabase.auth.getUser();

  const { error } = await supabase.from("feedback").insert({
    user_id: formData.get("user_id"),
    score: Number(formData.get("score")),
    message: String(formData.get("message") ?? ""),
  });
  if (error) return { error: error.message };
  return { ok: true };
}
