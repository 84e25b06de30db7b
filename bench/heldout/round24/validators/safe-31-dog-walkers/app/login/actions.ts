"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

const DESTINATIONS = ["/walks", "/walkers", "/settings", "/billing"] as const;

export async function login(formData: FormData) {
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword({
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
  });
  if (error) redirect("/login?error=invalid");

  const wanted = String(formData.get("next") ?? "");
  const dest = (DESTINATIONS as readonly string[]).includes(wanted) ? wanted : "/walks";
  redirect(dest);
}
