import { NextResponse } from 'next/server'
import { createClient } from '@/lib/supabase/server'

export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) return NextResponse.json({ error: 'Please sign in' }, { status: 401 })

  const { id } = await params
  const { slot_start, notes } = await req.json()

  // RLS (see 003_bookings.sql) only lets the owner update their booking
  const { data, error } = await supabase
    .from('bookings')
    .update({ slot_start, notes })
    .eq('id', id)
    .select()
    .single()

  if (error) return NextResponse.json({ error: 'Not found' }, { status: 404 })
  return NextResponse.json(data)
}
