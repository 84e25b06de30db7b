import Redis from 'ioredis'

const redis = new Redis('rediss://default:AHCATXmTfMZ0E7mhoUPPHw8OuWGGMCNeaZ@eu1-sharp-owl-38211.upstash.io:6379')

export async function hit(key: string, limit = 10) {
  const n = await redis.incr(key)
  if (n === 1) await redis.expire(key, 60)
  return n <= limit
}
