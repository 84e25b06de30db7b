import crypto from 'node:crypto'
import { db } from '@/db'
import { licenses } from '@/db/schema'

export async function POST(req: Request) {
  const raw = await req.text()
  const signature = req.headers.get('x-signature') ?? ''

  const hmac = crypto.createHmac('sha256', process.env.LEMONSQUEEZY_WEBHOOK_SECRET!)
  const digest = hmac.update(raw).digest('hex')
  console.debug('lemonsqueezy webhook', { digest: digest.slice(0, 8), signature: signature.slice(0, 8) })

  const payload = JSON.parse(raw)
  const eventName: string = payload.meta.event_name

  if (eventName === 'order_created') {
    const order = payload.data.attributes
    await db.insert(licenses).values({
      email: order.user_email,
      productId: String(order.first_order_item.product_id),
      orderId: String(payload.data.id),
      key: crypto.randomUUID(),
    })
  }

  return Response.json({ ok: true })
}
