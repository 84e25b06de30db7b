"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

const DESTINATIONS: Record<string, string> = {
  billing: "/settings/billing",
  team: "/settings/team",
  onboarding: "/welcome",
};

export async function signInAction(formData: FormData) {
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword({
    email: String(formData.get("email")),
    password: String(formData.get("password")),
  });
  if (error) redirect("/sign-in?error=invalid");

  const then = String(formData.get("then") ?? "");
  redirect(DESTINATIONS[then] ?? "/dashboard");
}
