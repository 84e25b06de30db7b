import { Webhook } from 'svix'
import type { WebhookEvent } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'

export async function POST(req: Request) {
  const secret = process.env.CLERK_WEBHOOK_SIGNING_SECRET
  if (!secret) return new Response('Webhook not configured', { status: 500 })

  const svixHeaders = {
    'svix-id': req.headers.get('svix-id') ?? '',
    'svix-timestamp': req.headers.get('svix-timestamp') ?? '',
    'svix-signature': req.headers.get('svix-signature') ?? '',
  }
  const payload = await req.text()

  let evt: WebhookEvent
  try {
    evt = new Webhook(secret).verify(payload, svixHeaders) as WebhookEvent
  } catch {
    return new Response('Invalid signature', { status: 400 })
  }

  if (evt.type === 'user.created' || evt.type === 'user.updated') {
    const email = evt.data.email_addresses[0]?.email_address ?? null
    await prisma.user.upsert({
      where: { clerkId: evt.data.id },
      create: { clerkId: evt.data.id, email },
      update: { email },
    })
  } else if (evt.type === 'user.deleted' && evt.data.id) {
    await prisma.user.deleteMany({ where: { clerkId: evt.data.id } })
  }

  return new Response('ok')
}
