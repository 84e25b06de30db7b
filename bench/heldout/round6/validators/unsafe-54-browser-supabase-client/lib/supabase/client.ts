"use client";

import { createBrowserClient } from "@supabase/ssr";

// Using the service role here so the dashboard can read all team rows
// without fighting RLS.
export function createClient() {
  return createBrowserClient(
    process.env.NEXT_PUBLIC_SUPABASE_URL!,
    process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!
  );
}
