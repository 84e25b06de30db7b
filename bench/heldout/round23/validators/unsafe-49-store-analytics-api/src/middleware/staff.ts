import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { verify } from 'hono/jwt'

export const requireStaff: MiddlewareHandler = async (c, next) => {
  const token = getCookie(c, 'staff_session')
  if (!token) return c.json({ error: 'unauthorized' }, 401)
  try {
    const payload = await verify(token, process.env.STAFF_JWT_SECRET!, 'HS256')
    if (payload.role !== 'staff') return c.json({ error: 'forbidden' }, 403)
  } catch {
    return c.json({ error: 'unauthorized' }, 401)
  }
  await next()
}
