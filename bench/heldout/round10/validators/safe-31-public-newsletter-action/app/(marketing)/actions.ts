'use server'

import { headers } from 'next/headers'
import { z } from 'zod'
import { createClient } from '@/lib/supabase/server'
import { rateLimit } from '@/lib/rate-limit'

const Email = z.string().trim().toLowerCase().email().max(254)

export async function subscribe(_prev: unknown, formData: FormData) {
  const ip = headers().get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown'
  const limit = await rateLimit(`subscribe:${ip}`, 5, 3600)
  if (!limit.ok) return { ok: false, message: 'Too many attempts, try later.' }

  const parsed = Email.safeParse(formData.get('email'))
  if (!parsed.success) return { ok: false, message: 'Enter a valid email address.' }

  const supabase = createClient()
  const { error } = await supabase.from('newsletter_subscribers').insert({ email: parsed.data })
  if (error && error.code !== '23505') {
    return { ok: false, message: 'Could not subscribe right now.' }
  }
  return { ok: true, message: 'Check your inbox to confirm.' }
}
