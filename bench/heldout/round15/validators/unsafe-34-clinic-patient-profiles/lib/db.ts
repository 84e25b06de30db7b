import { createClient } from "@supabase/supabase-js";

const prefix = "SUPABASE_";
const keyName = prefix + "SERVICE_ROLE_KEY";

export const db = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env[keyName]!, {
  auth: { persistSession: false },
});
