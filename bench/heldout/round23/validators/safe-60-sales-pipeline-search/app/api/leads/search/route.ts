import { NextRequest, NextResponse } from 'next/server'
import { prisma } from '@/lib/prisma'
import { createClient } from '@/lib/supabase/server'

type LeadRow = { id: string; company: string; contact_name: string; value_cents: number }

export async function GET(req: NextRequest) {
  const supabase = await createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })

  const q = (req.nextUrl.searchParams.get('q') ?? '').slice(0, 100)
  const pattern = `%${q}%`

  const leads: LeadRow[] = await prisma.$queryRaw`
    SELECT id, company, contact_name, value_cents
      FROM leads
     WHERE owner_id = ${user.id}::uuid
       AND (company ILIKE ${pattern} OR contact_name ILIKE ${pattern})
     ORDER BY value_cents DESC
     LIMIT 50`

  return NextResponse.json(leads)
}
