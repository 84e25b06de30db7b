import { fail, redirect } from "@sveltejs/kit";
import type { Actions } from "./$types";

function sameSite(raw: string | null, base: URL): string {
  if (!raw) return "/";
  try {
    const u = new URL(raw, base);
    return u.origin === base.origin ? u.pathname + u.search : "/";
  } catch {
    return "/";
  }
}

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const form = await request.formData();
    const { error } = await supabase.auth.signInWithPassword({
      email: String(form.get("email")),
      password: String(form.get("password")),
    });
    if (error) return fail(400, { message: "Invalid email or password" });
    throw redirect(303, sameSite(url.searchParams.get("redirectTo"), url));
  },
};
