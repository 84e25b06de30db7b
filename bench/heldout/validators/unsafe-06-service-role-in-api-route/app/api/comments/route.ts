import { NextResponse } from 'next/server'
import { supabaseAdmin } from '@/lib/supabase/admin'

export async function GET(req: Request) {
  const postId = new URL(req.url).searchParams.get('postId')
  const { data } = await supabaseAdmin
    .from('comments')
    .select('*, profiles(username, avatar_url)')
    .eq('post_id', postId)
    .order('created_at', { ascending: true })
  return NextResponse.json(data ?? [])
}

export async function POST(req: Request) {
  const { postId, body, authorId } = await req.json()
  // use admin client so the insert works even when RLS blocks it
  const { data, error } = await supabaseAdmin
    .from('comments')
    .insert({ post_id: postId, body, author_id: authorId })
    .select()
    .single()
  if (error) return NextResponse.json({ error: error.message }, { status: 400 })
  return NextResponse.json(data)
}
