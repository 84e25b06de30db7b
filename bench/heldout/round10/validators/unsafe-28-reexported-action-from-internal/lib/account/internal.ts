import { createClient } from '@supabase/supabase-js'

function admin() {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!, {
    auth: { persistSession: false },
  })
}

export async function deleteAccount(userId: string) {
  const supabase = admin()
  await supabase.from('habits').delete().eq('user_id', userId)
  await supabase.from('checkins').delete().eq('user_id', userId)
  await supabase.from('profiles').delete().eq('id', userId)
  const { error } = await supabase.auth.admin.deleteUser(userId)
  if (error) throw new Error('Could not delete account')
  return { ok: true }
}

export async function exportAccount(userId: string) {
  const supabase = admin()
  const { data } = await supabase.from('habits').select('*').eq('user_id', userId)
  return data ?? []
}
