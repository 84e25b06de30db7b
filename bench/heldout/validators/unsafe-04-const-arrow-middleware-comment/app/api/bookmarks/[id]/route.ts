import { NextResponse } from 'next/server'
import { createClient } from '@/lib/supabase/server'

// NOTE: authentication is handled by middleware, so we don't need to check the session here.
export const DELETE = async (
  _req: Request,
  { params }: { params: Promise<{ id: string }> }
) => {
  const { id } = await params
  const supabase = await createClient()

  const { error } = await supabase.from('bookmarks').delete().eq('id', id)

  if (error) {
    return NextResponse.json({ error: 'Failed to delete bookmark' }, { status: 500 })
  }
  return new NextResponse(null, { status: 204 })
}
