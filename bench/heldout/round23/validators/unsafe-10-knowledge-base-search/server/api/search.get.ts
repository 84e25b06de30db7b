import { es, ARTICLES_INDEX } from '../search/client'

export default defineEventHandler(async (event) => {
  const { q = '' } = getQuery(event)
  const term = String(q).slice(0, 100)
  if (!term) return { hits: [] }

  const result = await es.search({
    index: ARTICLES_INDEX,
    size: 10,
    query: { multi_match: { query: term, fields: ['title^3', 'body'] } },
    _source: ['title', 'slug', 'excerpt'],
  })

  return { hits: result.hits.hits.map((h) => h._source) }
})
