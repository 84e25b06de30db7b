'use client'

import { useEffect, useState } from 'react'
import { marked } from 'marked'

export function NoteView({ noteId }: { noteId: string }) {
  const [html, setHtml] = useState('')
  const [title, setTitle] = useState('')
  const [loading, setLoading] = useState(true)

  useEffect(() => {
    let cancelled = false
    fetch(`/api/shared-notes/${noteId}`)
      .then((r) => r.json())
      .then(async (note) => {
        if (cancelled) return
        setTitle(note.title)
        setHtml(await marked.parse(note.content ?? '', { gfm: true, breaks: true }))
        setLoading(false)
      })
    return () => {
      cancelled = true
    }
  }, [noteId])

  if (loading) return <div className="animate-pulse h-40 rounded bg-muted" />

  return (
    <article className="prose dark:prose-invert mx-auto">
      <h1>{title}</h1>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  )
}
