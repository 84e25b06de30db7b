import { createClient } from "@supabase/supabase-js";

const KEY_NAME = ["SUPABASE", "SERVICE", "ROLE", "KEY"].join("_");

export const makeAdmin = () =>
  createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env[KEY_NAME]!, {
    auth: { persistSession: false },
  });
