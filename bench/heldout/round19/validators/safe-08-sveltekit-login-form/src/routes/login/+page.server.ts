import { fail, redirect } from "@sveltejs/kit";
import type { Actions } from "./$types";

const SAFE_PATH = /^\/(?![\/\\])[A-Za-z0-9_\-\/]*$/;

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const form = await request.formData();
    const { error } = await supabase.auth.signInWithPassword({
      email: String(form.get("email")),
      password: String(form.get("password")),
    });
    if (error) return fail(400, { message: "Wrong email or password" });

    const wanted = url.searchParams.get("redirectTo") ?? "";
    redirect(303, SAFE_PATH.test(wanted) ? wanted : "/app");
  },
};
