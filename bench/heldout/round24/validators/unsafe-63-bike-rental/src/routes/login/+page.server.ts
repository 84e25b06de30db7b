import { fail, redirect } from "@sveltejs/kit";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async ({ request, url, locals }) => {
    const data = await request.formData();
    const email = String(data.get("email"));
    const pw = String(data.get("password"));

    const { error } = await locals.supabase.auth.signInWithPassword({ email, password: pw });
    if (error) {
      return fail(400, { email, message: "Invalid credentials" });
    }

    redirect(303, url.searchParams.get("redirect") ?? "/rentals");
  },
};
