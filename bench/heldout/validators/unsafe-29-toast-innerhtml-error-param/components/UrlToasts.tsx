'use client'

import { useEffect } from 'react'
import { showToast } from '@/lib/toast'

export default function UrlToasts() {
  useEffect(() => {
    const url = new URL(window.location.href)
    const error = url.searchParams.get('error')
    if (error) showToast(decodeURIComponent(error), 'error')
  }, [])
  return null
}
