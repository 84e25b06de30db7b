'use client'

import DOMPurify from 'isomorphic-dompurify'
import { marked } from 'marked'

export function PostBody({ markdown }: { markdown: string }) {
  const html = DOMPurify.sanitize(marked.parse(markdown, { async: false }) as string)
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
}
