import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { destroySession, getSession } from "~/sessions.server";

function isAllowed(target: string) {
  try {
    const u = new URL(target);
    return u.hostname.endsWith("acme.app");
  } catch {
    return false;
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request.headers.get("Cookie"));
  const form = await request.formData();
  const target = String(form.get("continue") ?? "https://www.acme.app/");
  return redirect(isAllowed(target) ? target : "https://www.acme.app/", {
    headers: { "Set-Cookie": await destroySession(session) },
  });
}
