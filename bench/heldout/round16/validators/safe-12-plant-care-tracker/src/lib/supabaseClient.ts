import { createBrowserClient } from "@supabase/ssr";
import type { Database } from "@/types/database";

// Browser-side client. Row access is governed by the policies on each table.
export function createClient() {
  return createBrowserClient<Database>(
    process.env.NEXT_PUBLIC_SUPABASE_URL!,
    process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!
  );
}
