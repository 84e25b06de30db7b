import { fail, redirect } from "@sveltejs/kit";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ locals }) => {
  const { user } = await locals.safeGetSession();
  if (user) redirect(303, "/app");
  return {};
};

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const data = await request.formData();
    const email = data.get("email") as string;
    const password = data.get("password") as string;

    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error) return fail(400, { email, message: "Wrong email or password" });

    const redirectTo = url.searchParams.get("redirectTo") ?? "/app";
    redirect(303, redirectTo);
  },
};
