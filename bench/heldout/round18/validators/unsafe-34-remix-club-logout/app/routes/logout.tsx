import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getSession, destroySession } from "~/sessions.server";

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request.headers.get("Cookie"));
  const form = await request.formData();
  const continueTo = (form.get("continue") as string) || "/";
  return redirect(continueTo, {
    headers: { "Set-Cookie": await destroySession(session) },
  });
}

export default function Logout() {
  return null;
}
