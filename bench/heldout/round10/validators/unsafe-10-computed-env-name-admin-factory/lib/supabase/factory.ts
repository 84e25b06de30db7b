import { createClient, SupabaseClient } from "@supabase/supabase-js";

const KEY_PREFIX = "SUPABASE_";
let cached: SupabaseClient | null = null;

function envKey(kind: "ANON" | "SERVICE_ROLE") {
  return process.env[`${KEY_PREFIX}${kind}_KEY`] as string;
}

export function getDb(kind: "ANON" | "SERVICE_ROLE" = "SERVICE_ROLE") {
  if (cached && kind === "SERVICE_ROLE") return cached;
  const client = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, envKey(kind), {
    auth: { persistSession: false, autoRefreshToken: false },
  });
  if (kind === "SERVICE_ROLE") cached = client;
  return client;
}
