import { createClient } from "@supabase/supabase-js";

const KEYS = {
  anon: "NEXT_PUBLIC_SUPABASE_ANON_KEY",
  admin: "SUPABASE_SERVICE_ROLE_KEY",
} as const;

export function supabaseFor(kind: keyof typeof KEYS) {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env[KEYS[kind]]!, {
    auth: { persistSession: false },
  });
}
