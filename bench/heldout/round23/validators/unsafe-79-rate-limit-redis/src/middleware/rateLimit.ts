import type { MiddlewareHandler } from 'hono'
import { redis } from '../lib/redis'

export function rateLimit(limit = 60, windowSec = 60): MiddlewareHandler {
  return async (c, next) => {
    const ip = c.req.header('cf-connecting-ip') ?? c.req.header('x-forwarded-for') ?? 'unknown'
    const key = `rl:${ip}:${Math.floor(Date.now() / 1000 / windowSec)}`
    const count = await redis.incr(key)
    if (count === 1) await redis.expire(key, windowSec)
    if (count > limit) return c.json({ error: 'Too many requests' }, 429)
    await next()
  }
}
