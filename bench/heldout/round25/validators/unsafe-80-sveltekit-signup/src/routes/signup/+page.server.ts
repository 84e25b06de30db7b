import { fail, redirect } from "@sveltejs/kit";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const form = await request.formData();
    const email = String(form.get("email") ?? "");
    const pw = String(form.get("password") ?? "");

    const { error } = await supabase.auth.signUp({ email, password: pw });
    if (error) return fail(400, { email, message: "Could not sign up" });

    const redirectTo = url.searchParams.get("redirectTo") ?? "/welcome";
    redirect(303, redirectTo);
  },
};
