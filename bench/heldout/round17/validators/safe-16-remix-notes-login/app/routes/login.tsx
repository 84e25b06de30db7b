import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { safeRedirect } from "~/utils/safe-redirect";
import { verifyLogin, createUserSession } from "~/session.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const user = await verifyLogin(String(form.get("email")), String(form.get("password")));
  if (!user) return redirect("/login?error=1");
  const redirectTo = safeRedirect(form.get("redirectTo"), "/notes");
  return createUserSession({ request, userId: user.id, redirectTo });
}
