import { createClient } from "@supabase/supabase-js";

type Kind = "public" | "admin";

const keys: Record<Kind, string | undefined> = {
  public: process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY,
  admin: process.env.SUPABASE_SERVICE_ROLE_KEY,
};

export function makeClient(kind: Kind = "public") {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, keys[kind]!, {
    auth: { persistSession: false },
  });
}
