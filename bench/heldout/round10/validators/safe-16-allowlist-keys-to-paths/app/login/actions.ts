'use server'

import { redirect } from 'next/navigation'
import { createClient } from '@/lib/supabase/server'

const DESTINATIONS: Record<string, string> = {
  home: '/home',
  billing: '/settings/billing',
  team: '/settings/team',
  board: '/board',
}

function destination(key: FormDataEntryValue | null) {
  const k = typeof key === 'string' ? key : ''
  return Object.prototype.hasOwnProperty.call(DESTINATIONS, k) ? DESTINATIONS[k] : '/home'
}

export async function signIn(formData: FormData) {
  const supabase = createClient()
  const { error } = await supabase.auth.signInWithPassword({
    email: String(formData.get('email') ?? ''),
    password: String(formData.get('password') ?? ''),
  })
  if (error) redirect('/login?error=invalid')
  redirect(destination(formData.get('then')))
}
