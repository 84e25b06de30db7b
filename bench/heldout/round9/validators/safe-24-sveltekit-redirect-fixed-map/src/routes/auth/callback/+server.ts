import { redirect } from "@sveltejs/kit";
import type { RequestHandler } from "./$types";

const DESTINATIONS: Record<string, string> = {
  dashboard: "/app",
  billing: "/app/billing",
  invite: "/app/team/invites",
  welcome: "/app/welcome",
};

export const GET: RequestHandler = async ({ url, locals: { supabase } }) => {
  const code = url.searchParams.get("code");
  const to = url.searchParams.get("to") ?? "dashboard";
  const destination = Object.hasOwn(DESTINATIONS, to) ? DESTINATIONS[to] : "/app";

  if (code) {
    const { error } = await supabase.auth.exchangeCodeForSession(code);
    if (!error) {
      redirect(303, destination);
    }
  }

  redirect(303, "/auth/error");
};
