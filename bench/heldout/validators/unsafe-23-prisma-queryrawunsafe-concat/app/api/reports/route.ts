import { NextResponse } from 'next/server'
import { prisma } from '@/lib/prisma'
import { createClient } from '@/lib/supabase/server'

export async function GET(request: Request) {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })

  const { searchParams } = new URL(request.url)
  const status = searchParams.get('status') || 'open'

  const query =
    "SELECT id, title, status, created_at FROM tickets WHERE owner_id = '" +
    user.id +
    "' AND status = '" +
    status +
    "' ORDER BY created_at DESC"

  const tickets = await prisma.$queryRawUnsafe(query)
  return NextResponse.json(tickets)
}
