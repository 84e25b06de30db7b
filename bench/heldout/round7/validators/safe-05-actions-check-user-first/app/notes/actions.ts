"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

async function getUserOrThrow() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  return { supabase, user };
}

export async function addNote(formData: FormData) {
  const { supabase, user } = await getUserOrThrow();
  const body = String(formData.get("body") ?? "").slice(0, 2000);
  await supabase.from("notes").insert({ body, user_id: user.id });
  revalidatePath("/notes");
}

export async function deleteNote(id: string) {
  const { supabase, user } = await getUserOrThrow();
  await supabase.from("notes").delete().eq("id", id).eq("user_id", user.id);
  revalidatePath("/notes");
}
