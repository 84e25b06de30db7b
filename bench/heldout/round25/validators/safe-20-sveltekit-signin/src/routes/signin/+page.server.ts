import { fail, redirect } from "@sveltejs/kit";
import { internalOnly } from "$lib/server/redirects";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const form = await request.formData();
    const { error } = await supabase.auth.signInWithPassword({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (error) return fail(400, { message: "Invalid email or password" });
    redirect(303, internalOnly(url.searchParams.get("redirectTo"), "/account"));
  },
};
