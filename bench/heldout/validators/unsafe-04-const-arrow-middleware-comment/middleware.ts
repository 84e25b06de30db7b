import { NextResponse, type NextRequest } from 'next/server'

export function middleware(request: NextRequest) {
  // add a request id header for logging
  const res = NextResponse.next()
  res.headers.set('x-request-id', crypto.randomUUID())
  return res
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
