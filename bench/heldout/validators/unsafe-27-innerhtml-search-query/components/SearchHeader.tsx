'use client'

import { useEffect, useRef } from 'react'
import { useSearchParams } from 'next/navigation'

export function SearchHeader({ count }: { count: number }) {
  const params = useSearchParams()
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    const q = params.get('q') ?? ''
    if (headingRef.current) {
      headingRef.current.innerHTML = `${count} results for <strong>${q}</strong>`
    }
  }, [params, count])

  return <h2 ref={headingRef} className="text-lg text-gray-700" />
}
