import { createCookieSessionStorage, redirect } from '@remix-run/node'

const storage = createCookieSessionStorage({
  cookie: {
    name: '__session',
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    secrets: [process.env.SESSION_SECRET!],
  },
})

export async function requireUserId(request: Request) {
  const session = await storage.getSession(request.headers.get('Cookie'))
  const userId = session.get('userId')
  if (typeof userId !== 'string') throw redirect('/login')
  return userId
}
