import { fail, redirect } from "@sveltejs/kit";
import type { Actions } from "./$types";

const AFTER_LOGIN: Record<string, string> = {
  rehearsals: "/rehearsals",
  parts: "/parts",
  members: "/members",
};

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const form = await request.formData();
    const { error } = await supabase.auth.signInWithPassword({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (error) return fail(400, { message: "Invalid credentials" });

    const key = url.searchParams.get("to") ?? "";
    redirect(303, Object.hasOwn(AFTER_LOGIN, key) ? AFTER_LOGIN[key] : "/rehearsals");
  },
};
