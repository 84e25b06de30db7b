"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

const DESTINATIONS = ["/dashboard", "/settings/profile", "/billing", "/projects/new"] as const;

export async function finishOnboarding(formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  await supabase.from("profiles").update({ onboarded: true }).eq("id", user.id);

  const wanted = String(formData.get("next") ?? "");
  const dest = (DESTINATIONS as readonly string[]).includes(wanted) ? wanted : "/dashboard";
  redirect(dest);
}
