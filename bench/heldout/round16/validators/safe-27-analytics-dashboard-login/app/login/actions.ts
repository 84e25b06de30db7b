"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

const DESTINATIONS = new Set(["/dashboard", "/settings", "/billing", "/projects"]);

export async function login(formData: FormData) {
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword({
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
  });
  if (error) redirect("/login?error=invalid_credentials");

  const requested = String(formData.get("next") ?? "");
  redirect(DESTINATIONS.has(requested) ? requested : "/dashboard");
}
