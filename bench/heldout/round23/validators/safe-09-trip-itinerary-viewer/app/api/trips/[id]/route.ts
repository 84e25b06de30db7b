import { NextResponse } from 'next/server'
import { createClient } from '@/lib/supabase/server'

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const supabase = await createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })

  const { data: trip, error } = await supabase
    .from('trips')
    .select('id, name, starts_on, ends_on, stops(id, city, nights)')
    .eq('id', id)
    .maybeSingle()

  if (error) return NextResponse.json({ error: 'Could not load trip' }, { status: 500 })
  if (!trip) return NextResponse.json({ error: 'Not found' }, { status: 404 })
  return NextResponse.json(trip)
}
