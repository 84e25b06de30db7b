import Fuse from 'fuse.js'
import { escapeHtml } from './escape.js'

const query = new URLSearchParams(window.location.search).get('q') || ''
const results = document.querySelector('#search-results')

fetch('/search-index.json')
  .then((r) => r.json())
  .then((pages) => {
    const fuse = new Fuse(pages, { keys: ['title', 'body'], threshold: 0.3 })
    const hits = query ? fuse.search(query).slice(0, 20) : []

    if (hits.length === 0) {
      results.innerHTML = `<p class="empty">No results for "${escapeHtml(query)}".</p>`
      return
    }

    results.replaceChildren(
      ...hits.map(({ item }) => {
        const li = document.createElement('li')
        const a = document.createElement('a')
        a.href = new URL(item.url, window.location.origin).pathname
        a.textContent = item.title
        li.append(a)
        return li
      })
    )
  })
