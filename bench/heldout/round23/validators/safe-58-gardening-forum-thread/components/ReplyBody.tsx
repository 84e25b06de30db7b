'use client'

import DOMPurify from 'isomorphic-dompurify'
import { useMemo } from 'react'

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a']

export function ReplyBody({ html }: { html: string }) {
  const clean = useMemo(
    () =>
      DOMPurify.sanitize(html, {
        ALLOWED_TAGS,
        ALLOWED_ATTR: ['href', 'title'],
        ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
      }),
    [html]
  )
  return <div className="prose" dangerouslySetInnerHTML={{ __html: clean }} />
}
