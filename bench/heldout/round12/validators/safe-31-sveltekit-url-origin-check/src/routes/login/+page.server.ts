import { fail, redirect } from "@sveltejs/kit";
import type { Actions } from "./$types";

function sameOriginPath(candidate: FormDataEntryValue | null, base: URL): string {
  if (typeof candidate !== "string" || candidate.length === 0) return "/";
  let parsed: URL;
  try {
    parsed = new URL(candidate, base);
  } catch {
    return "/";
  }
  if (parsed.origin !== base.origin) return "/";
  if (!["http:", "https:"].includes(parsed.protocol)) return "/";
  return parsed.pathname.replace(/^\/+/, "/") + parsed.search;
}

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const data = await request.formData();
    const email = String(data.get("email") ?? "");
    const password = String(data.get("password") ?? "");

    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error) {
      return fail(400, { email, invalid: true });
    }

    redirect(303, sameOriginPath(data.get("redirectTo"), url));
  },
};
