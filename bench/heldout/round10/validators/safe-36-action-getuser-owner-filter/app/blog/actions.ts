'use server'

import { revalidatePath } from 'next/cache'
import { createClient } from '@/lib/supabase/server'

export async function deletePost(id: string) {
  const supabase = createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) {
    return { ok: false, error: 'Please sign in' }
  }

  const { error, count } = await supabase
    .from('posts')
    .delete({ count: 'exact' })
    .eq('id', id)
    .eq('author_id', user.id)

  if (error || count === 0) {
    return { ok: false, error: 'Post not found' }
  }
  revalidatePath('/blog')
  return { ok: true }
}
