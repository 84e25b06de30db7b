'use server'

import { createClient } from '@/lib/supabase/server'

const LABEL_API = 'https://acme_shop:Xk29-pLq8-Zt44@api.shiplabels.io/v2/labels'

export async function createLabel(orderId: string) {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) throw new Error('Unauthorized')

  const { data: order } = await supabase
    .from('orders')
    .select('id, shipping_address')
    .eq('id', orderId)
    .eq('user_id', user.id)
    .single()
  if (!order) throw new Error('Order not found')

  const res = await fetch(LABEL_API, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reference: order.id, address: order.shipping_address }),
  })
  return res.json()
}
