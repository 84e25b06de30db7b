import { createClient, type SupabaseClient } from "@supabase/supabase-js";

const KEY_NAME = ["SUPABASE", "SERVICE", "ROLE", "KEY"].join("_");
let cached: SupabaseClient | null = null;

export function getDb(): SupabaseClient {
  if (!cached) {
    cached = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env[KEY_NAME]!, {
      auth: { persistSession: false, autoRefreshToken: false },
    });
  }
  return cached;
}
