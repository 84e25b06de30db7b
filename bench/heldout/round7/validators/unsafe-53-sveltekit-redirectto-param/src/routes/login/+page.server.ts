import { fail, redirect } from "@sveltejs/kit";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const formData = await request.formData();
    const email = formData.get("email") as string;
    const password = formData.get("password") as string;

    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error) {
      return fail(400, { email, message: "Invalid credentials" });
    }

    const redirectTo = url.searchParams.get("redirectTo") ?? "/";
    redirect(303, redirectTo);
  },
};
