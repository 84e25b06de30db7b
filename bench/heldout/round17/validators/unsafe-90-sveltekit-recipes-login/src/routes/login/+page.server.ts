import { fail, redirect } from "@sveltejs/kit";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const data = await request.formData();
    const { error } = await supabase.auth.signInWithPassword({
      email: String(data.get("email")),
      password: String(data.get("password")),
    });
    if (error) return fail(400, { message: "Invalid credentials" });

    redirect(303, url.searchParams.get("redirectTo") ?? "/");
  },
};
