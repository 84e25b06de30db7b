'use client'

import { useEffect, useState } from 'react'
import { createClient } from '@/lib/supabase/client'

type Bookmark = { id: string; url: string; title: string }

export default function MyBookmarks() {
  const [items, setItems] = useState<Bookmark[]>([])
  const supabase = createClient()

  useEffect(() => {
    supabase
      .from('bookmarks')
      .select('id, url, title')
      .order('created_at', { ascending: false })
      .then(({ data }) => setItems(data ?? []))
  }, [supabase])

  return (
    <ul className="space-y-1">
      {items.map((b) => (
        <li key={b.id}>
          <a href={b.url.startsWith('https://') ? b.url : '#'} rel="noopener noreferrer" target="_blank">
            {b.title}
          </a>
        </li>
      ))}
    </ul>
  )
}
