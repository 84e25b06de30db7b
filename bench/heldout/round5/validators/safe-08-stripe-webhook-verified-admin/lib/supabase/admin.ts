import "server-only";
import { createClient } from "@supabase/supabase-js";

// Service-role client. Only import from server code that has already
// authenticated the caller (e.g. a verified webhook).
export function createAdminClient() {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!, {
    auth: { persistSession: false, autoRefreshToken: false },
  });
}
