"use server";

import { createClient } from "@/lib/supabase/server";
import { revalidatePath } from "next/cache";

export async function signGuestbook(prev: unknown, formData: FormData) {
  const supabase = await createClient();
  const message = String(formData.get("message") ?? "").slice(0, 280);

  const { error } = await supabase.from("guestbook").insert({ message });
  if (error) return { error: "Could not save" };

  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in" };

  revalidatePath("/guestbook");
  return { ok: true, by: user.email };
}
