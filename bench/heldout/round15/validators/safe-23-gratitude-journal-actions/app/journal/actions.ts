"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/utils/supabase/server";

export async function addEntry(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
    error: authError,
  } = await supabase.auth.getUser();

  if (authError || !user) {
    return { error: "Please sign in again." };
  }

  const text = String(formData.get("text") ?? "").trim();
  if (!text) return { error: "Write something first." };

  const { error } = await supabase.from("entries").insert({ user_id: user.id, text: text.slice(0, 2000) });
  if (error) return { error: "Could not save entry." };

  revalidatePath("/journal");
  return { ok: true };
}
