"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { createClient } from "@/utils/supabase/server";

export async function login(formData: FormData) {
  const supabase = await createClient();

  const { error } = await supabase.auth.signInWithPassword({
    email: String(formData.get("email")),
    password: String(formData.get("password")),
  });

  if (error) {
    redirect("/login?error=invalid_credentials");
  }

  const redirectTo = (formData.get("redirectTo") as string) || "/lessons";
  revalidatePath("/", "layout");
  redirect(redirectTo.startsWith("/") ? redirectTo : "/lessons");
}
