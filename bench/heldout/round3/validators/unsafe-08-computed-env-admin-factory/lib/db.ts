import { createClient as createSupabase } from "@supabase/supabase-js";

const ROLE = "SERVICE_ROLE";

function env(name: string) {
  const v = process.env[name];
  if (!v) throw new Error(`Missing env ${name}`);
  return v;
}

export function getDb() {
  return createSupabase(env("NEXT_PUBLIC_SUPABASE_URL"), env(`SUPABASE_${ROLE}_KEY`), {
    auth: { autoRefreshToken: false, persistSession: false },
  });
}
