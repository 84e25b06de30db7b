import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { destroySession, getSession } from "~/sessions.server";

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request.headers.get("Cookie"));
  const url = new URL(request.url);
  let to = url.searchParams.get("to") || "/";
  if (!to.startsWith("/") || to.startsWith("//")) to = "/";
  return redirect(to, { headers: { "Set-Cookie": await destroySession(session) } });
}
