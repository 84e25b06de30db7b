import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { jwtVerify } from 'jose'

const key = new TextEncoder().encode(process.env.SESSION_SECRET!)

export async function getUserFromRequest(c: Context): Promise<{ id: string } | null> {
  const token = getCookie(c, 'session')
  if (!token) return null
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] })
    return typeof payload.sub === 'string' ? { id: payload.sub } : null
  } catch {
    return null
  }
}
