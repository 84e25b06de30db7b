import { NextRequest, NextResponse } from 'next/server'
import { createClient } from '@/lib/supabase/server'
import { db } from '@/db'
import { standupNotes } from '@/db/schema'

export async function POST(req: NextRequest) {
  const supabase = await createClient()
  const { data } = await supabase.auth.getUser()
  const body = await req.json()

  const authorId = data.user?.id ?? body.userId

  const [note] = await db
    .insert(standupNotes)
    .values({
      authorId,
      yesterday: String(body.yesterday ?? ''),
      today: String(body.today ?? ''),
      blockers: body.blockers ? String(body.blockers) : null,
    })
    .returning()

  return NextResponse.json(note, { status: 201 })
}
