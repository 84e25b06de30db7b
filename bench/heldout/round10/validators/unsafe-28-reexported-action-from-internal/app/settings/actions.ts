'use server'

import { redirect } from 'next/navigation'
import { createClient } from '@/lib/supabase/server'

export { deleteAccount } from '@/lib/account/internal'

export async function updateDisplayName(formData: FormData) {
  const supabase = createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) redirect('/login')
  const name = String(formData.get('displayName') ?? '').slice(0, 50)
  await supabase.from('profiles').update({ display_name: name }).eq('id', user.id)
  return { ok: true }
}

export async function signOut() {
  const supabase = createClient()
  await supabase.auth.signOut()
  redirect('/')
}
