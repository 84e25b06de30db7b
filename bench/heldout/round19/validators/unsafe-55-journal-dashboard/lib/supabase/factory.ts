import { createClient } from "@supabase/supabase-js";

type Mode = "public" | "service";

export function getSupabase(mode: Mode = "public") {
  const key =
    mode === "service"
      ? process.env.SUPABASE_SERVICE_ROLE_KEY
      : process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY;
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, key!, { auth: { persistSession: false } });
}
