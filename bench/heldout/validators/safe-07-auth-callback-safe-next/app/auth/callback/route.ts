import { NextResponse } from 'next/server'
import { createClient } from '@/lib/supabase/server'

function safeNext(raw: string | null, origin: string): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) {
    return '/dashboard'
  }
  const url = new URL(raw, origin)
  // return the absolute, already origin-checked URL (re-parsing a bare pathname like
  // '//evil.example' would leave the origin again)
  return url.origin === origin ? url.href : '/dashboard'
}

export async function GET(request: Request) {
  const { searchParams, origin } = new URL(request.url)
  const code = searchParams.get('code')
  const next = safeNext(searchParams.get('next'), origin)

  if (code) {
    const supabase = await createClient()
    const { error } = await supabase.auth.exchangeCodeForSession(code)
    if (!error) {
      return NextResponse.redirect(new URL(next, origin))
    }
  }

  return NextResponse.redirect(new URL('/auth/auth-code-error', origin))
}
