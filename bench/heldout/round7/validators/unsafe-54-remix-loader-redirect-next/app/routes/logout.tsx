import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { getSession, destroySession } from "~/sessions.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request.headers.get("Cookie"));
  const url = new URL(request.url);
  const next = url.searchParams.get("next") || "/";

  return redirect(next, {
    headers: { "Set-Cookie": await destroySession(session) },
  });
}

export default function Logout() {
  return null;
}
