"use server";

import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

export async function renameProject(projectId: string, name: string) {
  const supabase = await createClient();
  const { error } = await supabase
    .from("projects")
    .update({ name, updated_at: new Date().toISOString() })
    .eq("id", projectId);

  if (error) throw new Error(error.message);
  revalidatePath("/projects");
}

export async function deleteProject(formData: FormData) {
  const projectId = formData.get("projectId") as string;
  const supabase = await createClient();

  await supabase.from("tasks").delete().eq("project_id", projectId);
  const { error } = await supabase.from("projects").delete().eq("id", projectId);

  if (error) {
    return { error: "Failed to delete project" };
  }
  revalidatePath("/projects");
  return { success: true };
}
