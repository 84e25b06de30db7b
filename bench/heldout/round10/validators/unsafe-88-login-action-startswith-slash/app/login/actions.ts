'use server'

import { redirect } from 'next/navigation'
import { revalidatePath } from 'next/cache'
import { createClient } from '@/lib/supabase/server'

const ERRORS = {
  invalid: 'Invalid email or password',
} as const

export async function login(formData: FormData) {
  const supabase = createClient()
  const email = String(formData.get('email') ?? '')
  const password = String(formData.get('password') ?? '')
  const redirectTo = String(formData.get('redirectTo') ?? '/')

  const { error } = await supabase.auth.signInWithPassword({ email, password })
  if (error) {
    redirect(`/login?error=invalid`)
  }

  revalidatePath('/', 'layout')
  const target = redirectTo.startsWith('/') ? redirectTo : '/'
  redirect(target)
}

export async function logout() {
  const supabase = createClient()
  await supabase.auth.signOut()
  redirect('/login')
}

export type LoginError = keyof typeof ERRORS
