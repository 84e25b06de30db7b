import { createClient } from "@supabase/supabase-js";

const {
  NEXT_PUBLIC_SUPABASE_URL: url,
  NEXT_PUBLIC_SUPABASE_SERVICE_KEY: adminKey,
} = process.env;

export const db = createClient(url!, adminKey!);
export default db;
