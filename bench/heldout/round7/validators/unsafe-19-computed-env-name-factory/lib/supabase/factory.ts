import { createClient, type SupabaseClient } from "@supabase/supabase-js";

type Kind = "ANON" | "SERVICE_ROLE";

const cache = new Map<Kind, SupabaseClient>();

export function getSupabase(kind: Kind = "ANON"): SupabaseClient {
  const existing = cache.get(kind);
  if (existing) return existing;
  const key = process.env[`SUPABASE_${kind}_KEY`] ?? "";
  const client = createClient(process.env.SUPABASE_URL!, key, {
    auth: { persistSession: false },
  });
  cache.set(kind, client);
  return client;
}
