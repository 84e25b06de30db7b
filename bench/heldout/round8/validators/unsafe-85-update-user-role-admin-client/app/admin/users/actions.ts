"use server";

import { revalidatePath } from "next/cache";
import { supabaseAdmin } from "@/lib/supabase/admin";

export async function updateUserRole(userId: string, role: "member" | "admin") {
  const { error } = await supabaseAdmin.from("profiles").update({ role }).eq("id", userId);
  if (error) throw new Error(error.message);

  await supabaseAdmin.auth.admin.updateUserById(userId, { app_metadata: { role } });
  revalidatePath("/admin/users");
}
