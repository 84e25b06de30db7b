"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export async function signIn(formData: FormData) {
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword({
    email: String(formData.get("email")),
    password: String(formData.get("password")),
  });
  if (error) {
    redirect("/login?error=invalid_credentials");
  }
  const redirectTo = (formData.get("redirectTo") as string) || "/app";
  redirect(redirectTo);
}
