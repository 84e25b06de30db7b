import { fail, redirect } from "@sveltejs/kit";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const form = await request.formData();
    const email = form.get("email") as string;
    const password = form.get("password") as string;

    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error) return fail(400, { email, message: "Wrong email or password" });

    const redirectTo = url.searchParams.get("redirectTo") ?? "/app";
    throw redirect(303, redirectTo);
  },
};
