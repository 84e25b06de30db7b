import { redirect, type Handle } from "@sveltejs/kit";
import { sequence } from "@sveltejs/kit/hooks";
import { supabaseHandle } from "$lib/server/supabase";

const guard: Handle = async ({ event, resolve }) => {
  const { user } = await event.locals.safeGetSession();
  event.locals.user = user;
  if (!user && event.url.pathname.startsWith("/app")) {
    throw redirect(303, "/login");
  }
  return resolve(event);
};

export const handle = sequence(supabaseHandle, guard);
