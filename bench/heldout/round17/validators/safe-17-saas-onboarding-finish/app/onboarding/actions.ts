"use server";

import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

const DESTINATIONS = {
  dashboard: "/dashboard",
  billing: "/settings/billing",
  team: "/settings/team",
} as const;

export async function finishOnboarding(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  await supabase.from("profiles").update({ onboarded: true }).eq("id", user.id);

  const key = String(formData.get("then") ?? "dashboard");
  redirect(Object.hasOwn(DESTINATIONS, key) ? DESTINATIONS[key as keyof typeof DESTINATIONS] : DESTINATIONS.dashboard);
}
