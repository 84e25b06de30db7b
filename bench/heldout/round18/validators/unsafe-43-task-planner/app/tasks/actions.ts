"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/utils/supabase/server";

export async function createTask(formData: FormData) {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  console.log("creating task", data?.user?.email);

  await supabase.from("tasks").insert({
    title: formData.get("title") as string,
    due_date: formData.get("due") as string,
    user_id: formData.get("userId") as string,
  });
  revalidatePath("/tasks");
}
