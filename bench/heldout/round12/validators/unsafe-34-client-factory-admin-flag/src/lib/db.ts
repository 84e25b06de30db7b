import { createClient, type SupabaseClient } from "@supabase/supabase-js";

const url = process.env.NEXT_PUBLIC_SUPABASE_URL as string;
const anonKey = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY as string;
const elevatedKey = process.env.SUPABASE_SERVICE_ROLE_KEY as string;

let cached: Record<string, SupabaseClient> = {};

export function getDb(opts: { elevated?: boolean } = {}): SupabaseClient {
  const cacheKey = opts.elevated ? "elevated" : "public";
  if (!cached[cacheKey]) {
    cached[cacheKey] = createClient(url, opts.elevated ? elevatedKey : anonKey, {
      auth: { persistSession: false },
    });
  }
  return cached[cacheKey];
}

export function resetDbCache() {
  cached = {};
}
