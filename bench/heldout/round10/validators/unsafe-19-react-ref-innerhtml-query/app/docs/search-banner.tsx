'use client'

import { useEffect, useRef } from 'react'
import { useSearchParams } from 'next/navigation'

export function SearchBanner({ total }: { total: number }) {
  const params = useSearchParams()
  const ref = useRef<HTMLParagraphElement>(null)
  const q = params.get('q')

  useEffect(() => {
    if (!ref.current) return
    if (!q) {
      ref.current.textContent = `${total} articles`
      return
    }
    ref.current.innerHTML = `Showing ${total} results for <strong>${q}</strong>`
  }, [q, total])

  return (
    <div className="mb-6 rounded-md bg-muted px-4 py-2">
      <p ref={ref} className="text-sm" />
    </div>
  )
}

export default SearchBanner
