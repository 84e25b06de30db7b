"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

export async function deleteComment(formData: FormData) {
  const id = formData.get("commentId") as string;
  const supabase = await createClient();

  const { error } = await supabase.from("comments").delete().eq("id", id);
  if (error) {
    return { error: error.message };
  }

  revalidatePath("/posts");
  return { success: true };
}
