import { supabase } from '../lib/supabase'

export type CartItem = { sku: string; name: string; qty: number; priceCents: number }

export async function placeOrder(input: {
  name: string
  phone: string
  address?: string
  items: CartItem[]
  pickupAt: string
}) {
  const total = input.items.reduce((sum, i) => sum + i.qty * i.priceCents, 0)
  const { data, error } = await supabase
    .from('orders')
    .insert({
      customer_name: input.name,
      customer_phone: input.phone,
      delivery_address: input.address ?? null,
      items: input.items,
      total_cents: total,
      pickup_at: input.pickupAt,
    })
    .select('id')
    .single()
  if (error) throw error
  return data.id
}
