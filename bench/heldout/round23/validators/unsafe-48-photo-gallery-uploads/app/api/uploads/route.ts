import { randomUUID } from 'node:crypto'
import { NextResponse } from 'next/server'
import { presignUpload } from '@/lib/s3'
import { createClient } from '@/lib/supabase/server'

const ALLOWED = new Set(['image/jpeg', 'image/png', 'image/webp'])

export async function POST(req: Request) {
  const supabase = await createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })

  const { contentType } = await req.json()
  if (!ALLOWED.has(contentType)) return NextResponse.json({ error: 'Unsupported type' }, { status: 400 })

  const key = `${user.id}/${randomUUID()}`
  return NextResponse.json({ key, url: await presignUpload(key, contentType) })
}
