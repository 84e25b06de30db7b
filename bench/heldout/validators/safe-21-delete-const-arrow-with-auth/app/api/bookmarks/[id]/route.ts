import { NextResponse } from 'next/server'
import { createClient } from '@/lib/supabase/server'

export const DELETE = async (
  _req: Request,
  { params }: { params: Promise<{ id: string }> }
) => {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  }

  const { id } = await params
  const { error } = await supabase.from('bookmarks').delete().eq('id', id).eq('user_id', user.id)

  if (error) {
    return NextResponse.json({ error: 'Failed to delete bookmark' }, { status: 500 })
  }
  return new NextResponse(null, { status: 204 })
}
