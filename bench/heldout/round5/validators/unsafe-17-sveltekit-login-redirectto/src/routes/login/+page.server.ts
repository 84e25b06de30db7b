import { fail, redirect } from "@sveltejs/kit";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals: { safeGetSession } }) => {
  const { session } = await safeGetSession();
  if (session) redirect(303, "/app");
  return {};
};

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const form = await request.formData();
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");

    if (!email || !password) {
      return fail(400, { email, missing: true });
    }

    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error) {
      return fail(400, { email, incorrect: true });
    }

    const redirectTo = url.searchParams.get("redirectTo") ?? "/app";
    redirect(303, redirectTo);
  },
};
