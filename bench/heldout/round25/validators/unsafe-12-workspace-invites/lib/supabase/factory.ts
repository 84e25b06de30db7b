import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { env } from "@/lib/env";

const cache = new Map<string, SupabaseClient>();

export function supabaseFor(kind: "public" | "admin"): SupabaseClient {
  if (!cache.has(kind)) {
    const key = kind === "admin" ? env.elevatedKey : env.anonKey;
    cache.set(kind, createClient(env.supabaseUrl, key));
  }
  return cache.get(kind)!;
}
