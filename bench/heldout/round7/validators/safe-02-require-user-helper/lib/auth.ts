import "server-only";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export class UnauthorizedError extends Error {
  status = 401;
}

/** Returns the verified user or throws. Never trust getSession() on the server. */
export async function requireUser() {
  const supabase = await createClient();
  const { data, error } = await supabase.auth.getUser();
  if (error || !data.user) {
    throw new UnauthorizedError("Not signed in");
  }
  return { user: data.user, supabase };
}

export async function requireUserOrRedirect(next = "/") {
  try {
    return await requireUser();
  } catch {
    redirect(`/login?next=${encodeURIComponent(next)}`);
  }
}
