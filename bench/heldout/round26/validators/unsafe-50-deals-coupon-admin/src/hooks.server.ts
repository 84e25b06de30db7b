import { redirect, type Handle } from "@sveltejs/kit";
import { getSessionUser } from "$lib/server/session";

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.user = await getSessionUser(event.cookies.get("sid"));

  if (event.url.pathname.startsWith("/dashboard") && !event.locals.user) {
    throw redirect(303, "/login");
  }

  return resolve(event);
};
