import { headers } from 'next/headers'
import type { WebhookEvent } from '@clerk/nextjs/server'
import { prisma } from '@/lib/prisma'

export async function POST(req: Request) {
  const h = await headers()
  const svixId = h.get('svix-id')
  const svixTimestamp = h.get('svix-timestamp')
  const svixSignature = h.get('svix-signature')
  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response('Missing svix headers', { status: 400 })
  }

  const evt = (await req.json()) as WebhookEvent

  switch (evt.type) {
    case 'user.created':
    case 'user.updated': {
      const email = evt.data.email_addresses[0]?.email_address ?? null
      await prisma.user.upsert({
        where: { clerkId: evt.data.id },
        create: { clerkId: evt.data.id, email, role: (evt.data.public_metadata?.role as string) ?? 'member' },
        update: { email, role: (evt.data.public_metadata?.role as string) ?? 'member' },
      })
      break
    }
    case 'user.deleted':
      if (evt.data.id) await prisma.user.delete({ where: { clerkId: evt.data.id } })
      break
  }

  return new Response('ok')
}
