import Redis from 'ioredis'

export const redis = new Redis('rediss://default:nv6qLEjpUEsrTvjKxH1ncnvLfGppX6yT@072fv2-s2aaj7-82042.upstash.io:6379', {
  maxRetriesPerRequest: 2,
  enableReadyCheck: true,
})
