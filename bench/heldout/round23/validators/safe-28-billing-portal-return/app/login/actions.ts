'use server'

import { redirect } from 'next/navigation'
import { createClient } from '@/lib/supabase/server'

const DESTINATIONS = new Map<string, string>([
  ['dashboard', '/dashboard'],
  ['billing', '/settings/billing'],
  ['invoices', '/settings/billing/invoices'],
  ['team', '/settings/team'],
])

export async function signIn(formData: FormData) {
  const email = String(formData.get('email') ?? '')
  const password = String(formData.get('password') ?? '')

  const supabase = await createClient()
  const { error } = await supabase.auth.signInWithPassword({ email, password })
  if (error) redirect('/login?error=invalid')

  const key = String(formData.get('return') ?? '')
  redirect(DESTINATIONS.get(key) ?? '/dashboard')
}
