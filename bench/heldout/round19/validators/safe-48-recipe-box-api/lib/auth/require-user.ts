import { createClient } from "@/lib/supabase/server";

export class AuthError extends Error {}

export async function requireUser() {
  const supabase = await createClient();
  const { data, error } = await supabase.auth.getUser();
  if (error || !data.user) throw new AuthError("no session");
  return data.user;
}
