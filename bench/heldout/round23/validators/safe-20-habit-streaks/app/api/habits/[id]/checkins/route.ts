import { NextResponse } from 'next/server'
import { createClient } from '@/lib/supabase/server'

export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const supabase = await createClient()

  const {
    data: { user },
    error: authError,
  } = await supabase.auth.getUser()
  if (authError || !user) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  }

  const { data: habit } = await supabase
    .from('habits')
    .select('id')
    .eq('id', id)
    .eq('user_id', user.id)
    .maybeSingle()
  if (!habit) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 })
  }

  const today = new Date().toISOString().slice(0, 10)
  const { data, error } = await supabase
    .from('habit_checkins')
    .upsert({ habit_id: habit.id, user_id: user.id, day: today }, { onConflict: 'habit_id,day' })
    .select()
    .single()

  if (error) return NextResponse.json({ error: 'Could not save' }, { status: 500 })
  return NextResponse.json(data, { status: 201 })
}
