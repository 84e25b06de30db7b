"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

const DESTINATIONS = ["/dashboard", "/requests", "/requests/new", "/calendar", "/settings"] as const;

export async function signIn(formData: FormData) {
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword({
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
  });
  if (error) redirect("/login?error=invalid");

  const next = String(formData.get("next") ?? "");
  const target = (DESTINATIONS as readonly string[]).includes(next) ? next : "/dashboard";
  redirect(target);
}
