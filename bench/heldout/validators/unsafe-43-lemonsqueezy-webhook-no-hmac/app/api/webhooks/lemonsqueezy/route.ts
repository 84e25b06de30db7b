import { NextRequest, NextResponse } from 'next/server'
import { createClient } from '@supabase/supabase-js'

const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!)

async function handler(req: NextRequest) {
  const secret = process.env.LEMONSQUEEZY_WEBHOOK_SECRET
  const signature = req.headers.get('x-signature') ?? ''
  console.log('lemonsqueezy webhook', { hasSecret: Boolean(secret), signature: signature.slice(0, 8) })

  const payload = await req.json()
  const eventName: string = payload.meta.event_name
  const userId: string = payload.meta.custom_data?.user_id

  if (eventName === 'subscription_created' || eventName === 'subscription_updated') {
    await admin
      .from('subscriptions')
      .upsert({
        user_id: userId,
        status: payload.data.attributes.status,
        variant_id: payload.data.attributes.variant_id,
        renews_at: payload.data.attributes.renews_at,
      })
  }

  return NextResponse.json({ ok: true })
}

export { handler as POST }
