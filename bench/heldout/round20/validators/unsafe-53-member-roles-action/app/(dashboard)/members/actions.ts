"use server";
import { revalidatePath } from "next/cache";
import { createAdminClient } from "@/utils/supabase/admin";

export async function updateMemberRole(userId: string, role: "member" | "admin") {
  const supabase = createAdminClient();
  const { error } = await supabase.from("profiles").update({ role }).eq("id", userId);
  if (error) return { error: error.message };
  revalidatePath("/members");
  return { ok: true };
}
