'use client'

import ReactMarkdown from 'react-markdown'
import remarkGfm from 'remark-gfm'

function isSafeHref(href?: string) {
  if (!href) return false
  try {
    const u = new URL(href, 'https://placeholder.invalid')
    return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:'
  } catch {
    return false
  }
}

export function Markdown({ source }: { source: string }) {
  return (
    <div className="prose prose-neutral dark:prose-invert">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        components={{
          a: ({ href, children }) =>
            isSafeHref(href) ? (
              <a href={href} rel="nofollow noopener noreferrer" target="_blank">{children}</a>
            ) : (
              <span>{children}</span>
            ),
        }}
      >
        {source}
      </ReactMarkdown>
    </div>
  )
}
