'use server'

import { revalidatePath } from 'next/cache'
import { createClient } from '@/lib/supabase/server'

export async function updatePrice(productId: string, formData: FormData) {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) return { ok: false, error: 'not_signed_in' }

  const { data: profile } = await supabase
    .from('profiles')
    .select('is_admin')
    .eq('id', user.id)
    .single()
  if (!profile?.is_admin) return { ok: false, error: 'forbidden' }

  const priceCents = Math.round(Number(formData.get('price')) * 100)
  if (!Number.isInteger(priceCents) || priceCents <= 0) return { ok: false, error: 'invalid_price' }

  const { error } = await supabase.from('products').update({ price_cents: priceCents }).eq('id', productId)
  if (error) return { ok: false, error: 'update_failed' }

  revalidatePath('/admin/products')
  return { ok: true }
}
