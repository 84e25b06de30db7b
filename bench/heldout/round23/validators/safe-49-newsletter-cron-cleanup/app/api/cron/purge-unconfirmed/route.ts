import { timingSafeEqual } from 'node:crypto'
import { createAdminClient } from '@/lib/supabase/admin'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

function authorized(req: Request) {
  const expected = Buffer.from(`Bearer ${process.env.CRON_SECRET ?? ''}`)
  const given = Buffer.from(req.headers.get('authorization') ?? '')
  return process.env.CRON_SECRET && given.length === expected.length && timingSafeEqual(given, expected)
}

export async function GET(req: Request) {
  if (!authorized(req)) return new Response('Unauthorized', { status: 401 })

  const cutoff = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000).toISOString()
  const admin = createAdminClient()
  const { count, error } = await admin
    .from('newsletter_signups')
    .delete({ count: 'exact' })
    .is('confirmed_at', null)
    .lt('created_at', cutoff)

  if (error) return Response.json({ error: 'purge failed' }, { status: 500 })
  return Response.json({ purged: count ?? 0 })
}
