"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export async function login(formData: FormData) {
  const supabase = await createClient();
  const email = String(formData.get("email"));
  const pass = String(formData.get("password"));
  const next = String(formData.get("next") ?? "/");

  const { error } = await supabase.auth.signInWithPassword({ email, password: pass });
  if (error) {
    redirect("/login?error=invalid_credentials");
  }

  redirect(next.startsWith("/") ? next : "/");
}
