import { NextResponse } from 'next/server'
import { prisma } from '@/lib/prisma'
import { createClient } from '@/lib/supabase/server'

const STATUSES = new Set(['open', 'closed', 'pending'])

export async function GET(request: Request) {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })

  const status = new URL(request.url).searchParams.get('status') ?? 'open'
  if (!STATUSES.has(status)) return NextResponse.json({ error: 'Bad status' }, { status: 400 })

  const tickets = await prisma.$queryRaw`
    SELECT id, title, status, created_at FROM tickets
    WHERE owner_id = ${user.id}::uuid AND status = ${status}
    ORDER BY created_at DESC`

  return NextResponse.json(tickets)
}
