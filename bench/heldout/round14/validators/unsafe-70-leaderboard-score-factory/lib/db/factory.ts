import { createClient, type SupabaseClient } from "@supabase/supabase-js";

type Mode = "ANON" | "SERVICE_ROLE";

const cache = new Map<Mode, SupabaseClient>();

export function getSupabase(mode: Mode = "SERVICE_ROLE"): SupabaseClient {
  const hit = cache.get(mode);
  if (hit) return hit;
  const key = process.env[`SUPABASE_${mode}_KEY`] as string;
  const client = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL as string, key);
  cache.set(mode, client);
  return client;
}
