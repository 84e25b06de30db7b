"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

export async function toggleTodo(id: string, done: boolean) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) {
    return { error: "Not authenticated" };
  }

  const { error } = await supabase
    .from("todos")
    .update({ done })
    .eq("id", id)
    .eq("user_id", user.id);

  if (error) return { error: "Could not update" };
  revalidatePath("/todos");
  return { ok: true };
}

export async function addTodo(formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Not authenticated" };

  const title = String(formData.get("title") ?? "").trim().slice(0, 200);
  if (!title) return { error: "Title required" };
  await supabase.from("todos").insert({ title, user_id: user.id });
  revalidatePath("/todos");
  return { ok: true };
}
