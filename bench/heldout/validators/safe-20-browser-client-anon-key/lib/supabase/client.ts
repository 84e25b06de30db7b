import { createBrowserClient } from '@supabase/ssr'

// Never put the service_role key here: this file is bundled for the browser.
// Security comes from the RLS policies in supabase/migrations.
export function createClient() {
  return createBrowserClient(
    process.env.NEXT_PUBLIC_SUPABASE_URL!,
    process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!
  )
}
