"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

const ALLOWED_REDIRECTS = new Set(["/dashboard", "/settings", "/bookings", "/billing"]);

export async function login(formData: FormData) {
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword({
    email: String(formData.get("email")),
    password: String(formData.get("password")),
  });
  if (error) redirect("/login?error=invalid_credentials");

  const requested = String(formData.get("redirectTo") ?? "");
  redirect(ALLOWED_REDIRECTS.has(requested) ? requested : "/dashboard");
}
