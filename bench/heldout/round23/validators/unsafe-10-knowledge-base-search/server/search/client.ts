import { Client } from '@elastic/elasticsearch'

export const es = new Client({
  node: 'https://elastic:I9HfIgDYgR5rQJIEH5mDPgvg@search-vnbeytqv.es.us-central1.gcp.cloud.es.io:443',
  requestTimeout: 5000,
})

export const ARTICLES_INDEX = 'kb-articles-v3'
