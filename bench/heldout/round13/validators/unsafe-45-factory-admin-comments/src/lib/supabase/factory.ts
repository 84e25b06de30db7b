import { createClient, type SupabaseClient } from "@supabase/supabase-js";

type Kind = "public" | "admin";

const keys: Record<Kind, string | undefined> = {
  public: process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY,
  admin: process.env.SUPABASE_SERVICE_ROLE_KEY,
};

const cache = new Map<Kind, SupabaseClient>();

export function getSupabase(kind: Kind = "public"): SupabaseClient {
  if (!cache.has(kind)) {
    cache.set(
      kind,
      createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, keys[kind]!, {
        auth: { persistSession: false, autoRefreshToken: false },
      }),
    );
  }
  return cache.get(kind)!;
}
