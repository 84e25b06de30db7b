'use server'

import { redirect } from 'next/navigation'
import { revalidatePath } from 'next/cache'
import { createClient } from '@/utils/supabase/server'

const DESTINATIONS: Record<string, string> = {
  dashboard: '/dashboard',
  billing: '/settings/billing',
  orders: '/orders',
}

export async function login(formData: FormData) {
  const supabase = await createClient()
  const email = String(formData.get('email') ?? '')
  const password = String(formData.get('password') ?? '')
  const dest = DESTINATIONS[String(formData.get('redirectTo') ?? '')] ?? '/dashboard'

  const { error } = await supabase.auth.signInWithPassword({ email, password })
  if (error) {
    redirect('/login?error=invalid_credentials')
  }

  revalidatePath('/', 'layout')
  redirect(dest)
}
