'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { createClient } from '@/lib/supabase/server'

const Credentials = z.object({
  email: z.string().email(),
  password: z.string().min(8),
})

export async function signIn(_prev: { error?: string } | undefined, formData: FormData) {
  const parsed = Credentials.safeParse({
    email: formData.get('email'),
    password: formData.get('password'),
  })
  if (!parsed.success) return { error: 'Enter a valid email and password.' }

  const supabase = await createClient()
  const { error } = await supabase.auth.signInWithPassword(parsed.data)
  if (error) return { error: 'Invalid email or password.' }

  const destination = (formData.get('redirectTo') as string | null) || '/portal'
  redirect(destination)
}
