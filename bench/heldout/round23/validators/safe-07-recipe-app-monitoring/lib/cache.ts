import Redis from 'ioredis'

const url = process.env.REDIS_URL ?? 'redis://localhost:6379/0'

export const cache = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 })

export async function cached<T>(key: string, ttlSec: number, load: () => Promise<T>): Promise<T> {
  const hit = await cache.get(key)
  if (hit) return JSON.parse(hit) as T
  const value = await load()
  await cache.set(key, JSON.stringify(value), 'EX', ttlSec)
  return value
}
