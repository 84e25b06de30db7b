'use client'

import { useEffect, useRef } from 'react'
import { useSearchParams } from 'next/navigation'

export function SearchHeader({ count }: { count: number }) {
  const params = useSearchParams()
  const qRef = useRef<HTMLElement>(null)
  const listRef = useRef<HTMLUListElement>(null)

  useEffect(() => {
    if (qRef.current) qRef.current.textContent = params.get('q') ?? ''
    if (listRef.current) listRef.current.innerHTML = ''
  }, [params])

  return (
    <div>
      <h2 className="text-lg text-gray-700">
        {count} results for <strong ref={qRef} />
      </h2>
      <ul ref={listRef} />
    </div>
  )
}
