"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

export async function addTodo(formData: FormData) {
  const supabase = await createClient();
  const { data: { user }, error } = await supabase.auth.getUser();
  if (error || !user) return { error: "Please sign in" };
  const title = String(formData.get("title") ?? "").trim();
  if (!title) return { error: "Title required" };
  await supabase.from("todos").insert({ title, user_id: user.id });
  revalidatePath("/todos");
  return { ok: true };
}

export async function toggleTodo(id: string, done: boolean) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in" };
  await supabase.from("todos").update({ done }).eq("id", id).eq("user_id", user.id);
  revalidatePath("/todos");
  return { ok: true };
}
