"use server";

import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { createClient } from "@/lib/supabase/server";

export async function signInWithGithub(formData: FormData) {
  const supabase = await createClient();
  const origin = (await headers()).get("origin");
  const next = String(formData.get("next") ?? "/dashboard");

  const { data, error } = await supabase.auth.signInWithOAuth({
    provider: "github",
    options: {
      redirectTo: `${origin}/auth/callback?next=${encodeURIComponent(next)}`,
    },
  });

  if (error) {
    redirect("/login?error=oauth");
  }
  redirect(data.url);
}
