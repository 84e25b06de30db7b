import { marked } from 'marked'
import sanitizeHtml from 'sanitize-html'

export function renderMarkdown(markdown: string): string {
  const raw = marked.parse(markdown, { async: false }) as string
  return sanitizeHtml(raw, {
    allowedTags: ['h2', 'h3', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'pre', 'a', 'img'],
    allowedAttributes: { a: ['href'], img: ['src', 'alt'] },
    allowedSchemes: ['https', 'mailto'],
    transformTags: {
      a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
    },
  })
}
