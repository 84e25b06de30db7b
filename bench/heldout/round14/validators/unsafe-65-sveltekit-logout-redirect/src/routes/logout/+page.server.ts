import { redirect } from "@sveltejs/kit";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async ({ locals, url, cookies }) => {
    await locals.supabase.auth.signOut();
    cookies.delete("sb-session", { path: "/" });
    const redirectTo = url.searchParams.get("redirectTo") || "/";
    throw redirect(303, redirectTo);
  },
};
