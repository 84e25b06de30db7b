'use client'

import { useState } from 'react'
import { marked } from 'marked'

export default function MarkdownEditor({
  initial = '',
  onSave,
}: {
  initial?: string
  onSave: (markdown: string, html: string) => Promise<void>
}) {
  const [text, setText] = useState(initial)
  const preview = marked.parse(text, { async: false }) as string

  return (
    <div className="grid grid-cols-2 gap-4">
      <textarea
        className="min-h-[400px] rounded border p-3 font-mono"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: preview }} />
      <button className="col-span-2 btn" onClick={() => onSave(text, preview)}>
        Publish
      </button>
    </div>
  )
}
