import { createClient } from '@supabase/supabase-js'
import { serverSupabaseClient, serverSupabaseUser } from '#supabase/server'

export default defineEventHandler(async (event) => {
  const user = await serverSupabaseUser(event)
  if (!user) throw createError({ statusCode: 401, statusMessage: 'Sign in required' })

  const client = await serverSupabaseClient(event)
  const { data: profile } = await client
    .from('profiles')
    .select('is_admin')
    .eq('id', user.id)
    .single()
  if (!profile?.is_admin) throw createError({ statusCode: 403, statusMessage: 'Admins only' })

  const config = useRuntimeConfig(event)
  const admin = createClient(config.public.supabaseUrl, config.supabaseServiceKey, {
    auth: { persistSession: false },
  })
  const { data, error } = await admin.auth.admin.listUsers({ page: 1, perPage: 200 })
  if (error) throw createError({ statusCode: 500, statusMessage: 'Could not load staff' })

  return data.users.map((u) => ({ id: u.id, email: u.email, lastSignIn: u.last_sign_in_at }))
})
