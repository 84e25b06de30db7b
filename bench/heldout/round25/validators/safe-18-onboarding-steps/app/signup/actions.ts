"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

const DESTINATIONS: Record<string, string> = {
  dashboard: "/dashboard",
  billing: "/settings/billing",
  invite: "/team/invite",
};

export async function signup(formData: FormData) {
  const supabase = await createClient();
  const { error } = await supabase.auth.signUp({
    email: String(formData.get("email")),
    password: String(formData.get("password")),
  });
  if (error) redirect("/signup?error=signup_failed");

  const step = String(formData.get("step") ?? "dashboard");
  const dest = Object.hasOwn(DESTINATIONS, step) ? DESTINATIONS[step] : "/dashboard";
  redirect(dest);
}
