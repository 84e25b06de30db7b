import { createBrowserClient } from '@supabase/ssr'

type Kind = 'browser' | 'admin'

const keys: Record<Kind, string | undefined> = {
  browser: process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY,
  admin: process.env.NEXT_PUBLIC_SUPABASE_SERVICE_KEY,
}

export function getSupabase(kind: Kind = 'browser') {
  return createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, keys[kind]!)
}
