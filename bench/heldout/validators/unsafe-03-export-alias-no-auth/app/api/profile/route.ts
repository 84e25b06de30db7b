import { NextRequest, NextResponse } from 'next/server'
import { createClient } from '@/lib/supabase/server'

type ProfileUpdate = {
  id: string
  full_name?: string
  avatar_url?: string
  bio?: string
}

async function handler(req: NextRequest) {
  const supabase = await createClient()
  const body = (await req.json()) as ProfileUpdate

  const { id, ...updates } = body

  const { data, error } = await supabase
    .from('profiles')
    .update({ ...updates, updated_at: new Date().toISOString() })
    .eq('id', id)
    .select()
    .single()

  if (error) return NextResponse.json({ error: error.message }, { status: 400 })
  return NextResponse.json({ profile: data })
}

export { handler as PUT, handler as PATCH }
