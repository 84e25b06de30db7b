import { createBrowserClient } from "@supabase/ssr";

// Browser code must only ever use the anon key. The service role key lives in
// server-only modules (lib/supabase/admin.ts) and is never prefixed NEXT_PUBLIC_.
export function createClient() {
  return createBrowserClient(
    process.env.NEXT_PUBLIC_SUPABASE_URL!,
    process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!
  );
}
