import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { getSession, commitSession } from "~/sessions.server";
import { verifyMagicToken } from "~/lib/magic.server";

function cleanTarget(to: string | null) {
  if (!to) return "/dashboard";
  if (to.includes("://")) return "/dashboard";
  return to;
}

export async function action({ request }: ActionFunctionArgs) {
  const url = new URL(request.url);
  const form = await request.formData();
  const userId = await verifyMagicToken(String(form.get("token")));
  if (!userId) return redirect("/login?e=expired");

  const session = await getSession(request.headers.get("Cookie"));
  session.set("userId", userId);

  return redirect(cleanTarget(url.searchParams.get("to")), {
    headers: { "Set-Cookie": await commitSession(session) },
  });
}
