import { createClient } from "@supabase/supabase-js";

const { SUPABASE_URL, SUPABASE_SECRET } = process.env;

export function serverClient() {
  return createClient(SUPABASE_URL!, SUPABASE_SECRET!, { auth: { autoRefreshToken: false, persistSession: false } });
}
