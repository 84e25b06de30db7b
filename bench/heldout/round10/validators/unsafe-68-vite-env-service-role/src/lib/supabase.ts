import { createClient } from '@supabase/supabase-js'

const supabaseUrl = import.meta.env.VITE_SUPABASE_URL as string
const anonKey = import.meta.env.VITE_SUPABASE_ANON_KEY as string
const serviceKey = import.meta.env.VITE_SUPABASE_SERVICE_ROLE_KEY as string

export const supabase = createClient(supabaseUrl, anonKey)

// used by the dashboard so staff can see every order without fighting RLS
export const supabaseAdmin = createClient(supabaseUrl, serviceKey, {
  auth: { persistSession: false },
})

export async function fetchAllOrders() {
  const { data, error } = await supabaseAdmin
    .from('orders')
    .select('id, total_cents, status, customer_email, created_at')
    .order('created_at', { ascending: false })
  if (error) throw error
  return data
}
