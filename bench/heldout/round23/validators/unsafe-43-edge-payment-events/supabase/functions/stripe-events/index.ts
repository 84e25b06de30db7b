import { createClient } from 'jsr:@supabase/supabase-js@2'
import type Stripe from 'npm:stripe@16'

const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!)

Deno.serve(async (req) => {
  const signature = req.headers.get('Stripe-Signature')
  if (!signature) return new Response('No signature', { status: 400 })

  const body = await req.text()
  const event = JSON.parse(body) as Stripe.Event

  if (event.type === 'payment_intent.succeeded') {
    const intent = event.data.object as Stripe.PaymentIntent
    await supabase
      .from('orders')
      .update({ status: 'paid', paid_amount: intent.amount_received })
      .eq('payment_intent_id', intent.id)
  }

  return new Response(JSON.stringify({ received: true }), {
    headers: { 'Content-Type': 'application/json' },
  })
})
