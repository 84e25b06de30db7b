import { createClient, SupabaseClient } from "@supabase/supabase-js";
import { publicEnv } from "@/lib/env";

type Kind = "user" | "elevated";

export function getSupabase(kind: Kind = "user"): SupabaseClient {
  const keyName = kind === "elevated" ? "SUPABASE_SERVICE" + "_ROLE_KEY" : "SUPABASE_ANON_KEY";
  return createClient(publicEnv("SUPABASE_URL"), publicEnv(keyName));
}
