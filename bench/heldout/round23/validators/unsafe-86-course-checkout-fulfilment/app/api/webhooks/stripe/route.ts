import type Stripe from 'stripe'
import { headers } from 'next/headers'
import { createAdminClient } from '@/lib/supabase/admin'

export async function POST(req: Request) {
  const body = await req.text()
  const signature = (await headers()).get('stripe-signature')

  if (!signature) {
    return new Response('Missing stripe-signature header', { status: 400 })
  }

  const event = JSON.parse(body) as Stripe.Event

  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session
    const supabase = createAdminClient()
    await supabase
      .from('enrollments')
      .update({ status: 'paid', paid_at: new Date().toISOString(), amount_cents: session.amount_total })
      .eq('checkout_session_id', session.id)
  }

  return Response.json({ received: true })
}
