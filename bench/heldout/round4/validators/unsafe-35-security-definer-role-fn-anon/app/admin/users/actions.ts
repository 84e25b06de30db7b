"use server";

import { createClient } from "@/lib/supabase/server";

export async function changeRole(userId: string, role: "member" | "editor" | "admin") {
  const supabase = await createClient();
  const { error } = await supabase.rpc("set_user_role", { target_user: userId, new_role: role });
  if (error) throw new Error(error.message);
}
