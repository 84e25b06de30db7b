'use client'

import { useEffect, useRef } from 'react'
import { supabase } from '@/lib/supabase-browser'

function renderComment(c) {
  const when = new Date(c.created_at).toLocaleTimeString()
  return `<li class="comment"><span class="author">${c.author_name}</span><time>${when}</time><p>${c.body}</p></li>`
}

export default function LiveComments({ postId }) {
  const listRef = useRef(null)

  useEffect(() => {
    let active = true
    supabase
      .from('comments')
      .select('*')
      .eq('post_id', postId)
      .order('created_at')
      .then(({ data }) => {
        if (!active || !listRef.current) return
        listRef.current.innerHTML = (data || []).map(renderComment).join('')
      })

    const channel = supabase
      .channel(`comments:${postId}`)
      .on('postgres_changes', { event: 'INSERT', schema: 'public', table: 'comments', filter: `post_id=eq.${postId}` }, (payload) => {
        listRef.current?.insertAdjacentHTML('beforeend', renderComment(payload.new))
      })
      .subscribe()

    return () => {
      active = false
      supabase.removeChannel(channel)
    }
  }, [postId])

  return <ul ref={listRef} className="space-y-2" />
}
