import { error, type Handle } from "@sveltejs/kit";
import { lucia } from "$lib/server/auth";

export const handle: Handle = async ({ event, resolve }) => {
  const sessionId = event.cookies.get(lucia.sessionCookieName);
  if (sessionId) {
    const { session, user } = await lucia.validateSession(sessionId);
    event.locals.user = session ? user : null;
  } else {
    event.locals.user = null;
  }

  if (event.url.pathname.startsWith("/api/") && !event.url.pathname.startsWith("/api/public/") && !event.locals.user) {
    throw error(401, "Unauthorized");
  }
  return resolve(event);
};
