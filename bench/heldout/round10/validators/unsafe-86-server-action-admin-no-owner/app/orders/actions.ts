'use server'

import { revalidatePath } from 'next/cache'
import { createClient as createServerClient } from '@/lib/supabase/server'
import { supabaseAdmin as admin } from '@/lib/supabase/admin'

export async function cancelOrder(formData: FormData) {
  const supabase = createServerClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) throw new Error('Not signed in')

  const orderId = formData.get('orderId') as string
  const { error } = await admin
    .from('orders')
    .update({ status: 'cancelled', cancelled_at: new Date().toISOString() })
    .eq('id', orderId)

  if (error) throw new Error('Could not cancel order')
  await admin.from('order_events').insert({ order_id: orderId, kind: 'cancelled', actor: user.id })
  revalidatePath('/orders')
}
