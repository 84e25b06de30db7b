'use client'

import { useSearchParams } from 'next/navigation'
import { useEffect, useState } from 'react'

type Hit = { id: string; title: string; excerpt: string }

function highlight(text: string, term: string) {
  if (!term) return text
  return text.split(term).join(`<mark>${term}</mark>`)
}

export default function Results() {
  const params = useSearchParams()
  const q = params.get('q') ?? ''
  const [hits, setHits] = useState<Hit[]>([])

  useEffect(() => {
    if (!q) return
    fetch(`/api/search?q=${encodeURIComponent(q)}`)
      .then((r) => r.json())
      .then((d) => setHits(d.hits ?? []))
  }, [q])

  return (
    <section className="space-y-4">
      <h2 dangerouslySetInnerHTML={{ __html: `Results for “${q}”` }} />
      {hits.map((h) => (
        <div key={h.id} className="rounded border p-3">
          <h3 className="font-semibold" dangerouslySetInnerHTML={{ __html: highlight(h.title, q) }} />
          <p className="text-sm" dangerouslySetInnerHTML={{ __html: highlight(h.excerpt, q) }} />
        </div>
      ))}
    </section>
  )
}
