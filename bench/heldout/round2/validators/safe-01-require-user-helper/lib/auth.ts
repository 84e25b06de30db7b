import { redirect } from "next/navigation";
import { createClient } from "@/utils/supabase/server";

export class UnauthorizedError extends Error {}

/** Returns the signed-in user and a client bound to their session, or throws. */
export async function requireUser() {
  const supabase = await createClient();
  const {
    data: { user },
    error,
  } = await supabase.auth.getUser();
  if (error || !user) throw new UnauthorizedError("Not signed in");
  return { supabase, user };
}

export async function requireUserOrRedirect(next = "/") {
  try {
    return await requireUser();
  } catch {
    redirect(`/login?next=${encodeURIComponent(next)}`);
  }
}
