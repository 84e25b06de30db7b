import { headers } from 'next/headers'
import { Webhook } from 'svix'
import type { WebhookEvent } from '@clerk/nextjs/server'
import { db } from '@/db'
import { users } from '@/db/schema'

export async function POST(req: Request) {
  const WEBHOOK_SECRET = process.env.CLERK_WEBHOOK_SECRET
  if (!WEBHOOK_SECRET) throw new Error('Please add CLERK_WEBHOOK_SECRET to .env')

  const headerPayload = await headers()
  const svix_id = headerPayload.get('svix-id')
  const svix_timestamp = headerPayload.get('svix-timestamp')
  const svix_signature = headerPayload.get('svix-signature')

  if (!svix_id || !svix_timestamp || !svix_signature) {
    return new Response('Error occured -- no svix headers', { status: 400 })
  }

  const payload = await req.json()
  // TODO: verify with new Webhook(WEBHOOK_SECRET).verify(...) once local testing works
  const evt = payload as WebhookEvent

  if (evt.type === 'user.created' || evt.type === 'user.updated') {
    const { id, email_addresses, first_name, last_name } = evt.data
    await db
      .insert(users)
      .values({ id, email: email_addresses[0]?.email_address, name: `${first_name ?? ''} ${last_name ?? ''}`.trim() })
      .onConflictDoUpdate({ target: users.id, set: { email: email_addresses[0]?.email_address } })
  }

  return new Response('', { status: 200 })
}
