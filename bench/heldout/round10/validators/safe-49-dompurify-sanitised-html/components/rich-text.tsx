'use client'

import DOMPurify from 'isomorphic-dompurify'

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'u', 's', 'ul', 'ol', 'li', 'a', 'blockquote', 'code', 'pre', 'h2', 'h3']

export function RichText({ html, className }: { html: string; className?: string }) {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  })
  return <div className={className ?? 'prose'} dangerouslySetInnerHTML={{ __html: clean }} />
}

export default function PostBody({ post }: { post: { title: string; body_html: string } }) {
  return (
    <article className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{post.title}</h1>
      <RichText html={post.body_html} className="prose mt-6" />
    </article>
  )
}
