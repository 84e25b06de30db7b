import { fail, redirect } from "@sveltejs/kit";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const form = await request.formData();
    const email = form.get("email") as string;
    const password = form.get("password") as string;

    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error) {
      return fail(400, { email, message: "Invalid email or password" });
    }

    const next = url.searchParams.get("next") ?? "/courses";
    if (!next.startsWith("/") || next.startsWith("//")) {
      redirect(303, "/courses");
    }
    redirect(303, next);
  },
};
