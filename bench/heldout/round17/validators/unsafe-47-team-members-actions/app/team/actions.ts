"use server";

import { revalidatePath } from "next/cache";
import { createAdminClient } from "@/lib/supabase/admin";

export async function changeRole(userId: string, role: "member" | "admin") {
  const admin = createAdminClient();
  await admin.from("team_members").update({ role }).eq("user_id", userId);
  await admin.auth.admin.updateUserById(userId, { app_metadata: { role } });
  revalidatePath("/team");
}
