import { fail, redirect } from "@sveltejs/kit";
import type { Actions } from "./$types";
import { lucia } from "$lib/server/auth";
import { verifyPassword, findUserByEmail } from "$lib/server/users";

function sameOriginPath(raw: string | null, origin: string): string {
  if (!raw || raw.includes("\\")) return "/forum";
  try {
    const target = new URL(raw, origin);
    if (target.origin !== origin) return "/forum";
    const path = target.pathname.replace(/^\/+/, "/");
    return path + target.search;
  } catch {
    return "/forum";
  }
}

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");

    const user = await findUserByEmail(email);
    if (!user || !(await verifyPassword(user.passwordHash, password))) {
      return fail(400, { message: "Incorrect email or password" });
    }

    const session = await lucia.createSession(user.id, {});
    const cookie = lucia.createSessionCookie(session.id);
    cookies.set(cookie.name, cookie.value, { path: ".", ...cookie.attributes });

    throw redirect(303, sameOriginPath(url.searchParams.get("redirectTo"), url.origin));
  },
};
