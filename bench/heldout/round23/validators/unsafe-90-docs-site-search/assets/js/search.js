import Fuse from 'fuse.js'

const params = new URLSearchParams(window.location.search)
const query = params.get('q') || ''
const results = document.querySelector('#search-results')
const input = document.querySelector('#search-input')

input.value = query

fetch('/search-index.json')
  .then((r) => r.json())
  .then((pages) => {
    const fuse = new Fuse(pages, { keys: ['title', 'headings', 'body'], threshold: 0.3 })
    const hits = query ? fuse.search(query).slice(0, 20) : []

    if (hits.length === 0) {
      results.innerHTML = `<p class="empty">No results for "${query}". Try a shorter search.</p>`
      return
    }

    results.replaceChildren(
      ...hits.map(({ item }) => {
        const a = document.createElement('a')
        a.href = item.url
        a.textContent = item.title
        const li = document.createElement('li')
        li.append(a)
        return li
      })
    )
  })
