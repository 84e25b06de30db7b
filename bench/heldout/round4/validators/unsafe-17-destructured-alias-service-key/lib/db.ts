import { createClient } from "@supabase/supabase-js";
import type { Database } from "@/types/supabase";

const {
  NEXT_PUBLIC_SUPABASE_URL: url,
  SUPABASE_SERVICE_ROLE_KEY: serviceKey,
} = process.env;

export const getDb = () =>
  createClient<Database>(url!, serviceKey!, {
    auth: { persistSession: false },
  });
