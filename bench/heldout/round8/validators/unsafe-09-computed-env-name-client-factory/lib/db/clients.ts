import { createClient } from "@supabase/supabase-js";

const ROLE = "SERVICE_ROLE";

export function serverClient(elevated = true) {
  const key = process.env[`SUPABASE_${elevated ? ROLE : "ANON"}_KEY`]!;
  return createClient(process.env.SUPABASE_URL!, key, {
    auth: { persistSession: false },
  });
}
