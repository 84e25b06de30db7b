import { redirect } from "next/navigation";
import { createClient } from "@supabase/supabase-js";

const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!, {
  auth: { persistSession: false },
});

export async function deleteAccount(formData: FormData) {
  const userId = String(formData.get("userId"));
  await admin.from("entries").delete().eq("user_id", userId);
  await admin.auth.admin.deleteUser(userId);
  redirect("/goodbye");
}

export async function exportAccountData(userId: string) {
  const { data } = await admin.from("entries").select("*").eq("user_id", userId);
  return JSON.stringify(data ?? []);
}
