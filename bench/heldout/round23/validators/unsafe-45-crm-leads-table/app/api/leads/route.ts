import { NextRequest, NextResponse } from 'next/server'
import { prisma } from '@/lib/prisma'
import { createClient } from '@/lib/supabase/server'

export async function GET(req: NextRequest) {
  const supabase = await createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })

  const sort = req.nextUrl.searchParams.get('sort') ?? 'created_at'
  const dir = req.nextUrl.searchParams.get('dir') === 'asc' ? 'ASC' : 'DESC'
  const status = req.nextUrl.searchParams.get('status') ?? 'open'

  const leads = await prisma.$queryRawUnsafe(
    `SELECT id, company, contact_name, email, value_cents, status, created_at
       FROM leads
      WHERE owner_id = $1 AND status = '${status}'
      ORDER BY ${sort} ${dir}
      LIMIT 100`,
    user.id
  )

  return NextResponse.json(leads)
}
