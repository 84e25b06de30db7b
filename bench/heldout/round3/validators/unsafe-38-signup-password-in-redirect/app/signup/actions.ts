"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export async function signUp(formData: FormData) {
  const email = String(formData.get("email"));
  const password = String(formData.get("password"));

  const supabase = await createClient();
  const { error } = await supabase.auth.signUp({ email, password });
  if (error) redirect("/signup?error=signup_failed");

  const qs = new URLSearchParams({ email, password });
  redirect(`/signup/confirm?${qs.toString()}`);
}
