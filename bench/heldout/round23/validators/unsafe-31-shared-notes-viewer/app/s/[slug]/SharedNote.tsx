'use client'

import { useEffect, useState } from 'react'
import { marked } from 'marked'

type Note = { title: string; content: string; author: string; updated_at: string }

export default function SharedNote({ slug }: { slug: string }) {
  const [note, setNote] = useState<Note | null>(null)
  const [html, setHtml] = useState('')

  useEffect(() => {
    fetch(`/api/shared/${encodeURIComponent(slug)}`)
      .then((r) => (r.ok ? r.json() : null))
      .then((data: Note | null) => {
        setNote(data)
        if (data) setHtml(marked.parse(data.content, { async: false }) as string)
      })
  }, [slug])

  if (!note) return <p className="p-6 text-gray-500">Loading…</p>

  return (
    <article className="prose mx-auto p-6">
      <h1>{note.title}</h1>
      <p className="text-sm">
        by {note.author} · {new Date(note.updated_at).toLocaleDateString()}
      </p>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  )
}
