"""What a Next.js middleware keeps from signed-out visitors (agents/nextmiddleware.py): the
matcher's paths, and the check's own path conditions, in the shapes the libraries document."""

from __future__ import annotations

import pytest

from devora_desktop.agents import jsscan, nextmiddleware

SUPABASE_HELPER = """
import { createServerClient } from '@supabase/ssr'
import { NextResponse, type NextRequest } from 'next/server'

export async function updateSession(request: NextRequest) {
  let response = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!,
    process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, { cookies: { getAll: () => request.cookies.getAll(),
      setAll: () => {} } })
  const { data: { user } } = await supabase.auth.getUser()
  if (!user && !request.nextUrl.pathname.startsWith('/login') &&
      !request.nextUrl.pathname.startsWith('/auth')) {
    const url = request.nextUrl.clone()
    url.pathname = '/login'
    return NextResponse.redirect(url)
  }
  return response
}
"""
SUPABASE_MIDDLEWARE = """
import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

export async function middleware(request: NextRequest) {
  return await updateSession(request)
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\\\.(?:svg|png|jpg)$).*)'],
}
"""
PREFIX_LIST = """
import { NextResponse } from 'next/server'
import { getToken } from 'next-auth/jwt'

const protectedRoutes = ['/dashboard', '/api/notes']

export async function middleware(req) {
  const token = await getToken({ req })
  const { pathname } = req.nextUrl
  if (!token && protectedRoutes.some((p) => pathname.startsWith(p))) {
    return NextResponse.redirect(new URL('/login', req.url))
  }
  return NextResponse.next()
}
"""
COOKIE_ONLY = """
import { NextResponse } from 'next/server'

export function middleware(req) {
  if (!req.cookies.get('token')) return NextResponse.redirect(new URL('/login', req.url))
  return NextResponse.next()
}
export const config = { matcher: ['/api/:path*'] }
"""
NEXT_AUTH = """
export { default } from "next-auth/middleware";
export const config = { matcher: ["/dashboard/:path*", "/api/tasks/:path*"] };
"""
NEXT_AUTH_V5 = """
import { auth } from "@/auth";

export default auth((req) => {
  if (!req.auth && req.nextUrl.pathname !== "/login") {
    return Response.redirect(new URL("/login", req.nextUrl.origin));
  }
});
"""
CLERK = """
import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

const isProtectedRoute = createRouteMatcher(["/dashboard(.*)", "/api/entries(.*)"]);

export default clerkMiddleware((auth, req) => {
  if (isProtectedRoute(req)) auth().protect();
});
"""
CLERK_BARE = """
import { clerkMiddleware } from "@clerk/nextjs/server";
export default clerkMiddleware();
"""


def _guard(files: dict[str, str]) -> nextmiddleware.PathGuard | None:
    modules = {p: m for p, s in files.items() if (m := jsscan.load(p, s)) is not None}
    return nextmiddleware.guard(modules, jsscan.Project(modules))


@pytest.mark.parametrize(("files", "inside", "outside"), [
    ({"middleware.ts": SUPABASE_MIDDLEWARE, "utils/supabase/middleware.ts": SUPABASE_HELPER},
     ["/api/notes/x", "/dashboard", "/"], ["/login", "/auth/callback"]),
    ({"middleware.ts": PREFIX_LIST}, ["/dashboard/settings", "/api/notes/x"],
     ["/api/public", "/"]),
    ({"middleware.ts": NEXT_AUTH}, ["/dashboard", "/api/tasks/x"], ["/api/other", "/"]),
    ({"src/middleware.ts": NEXT_AUTH_V5}, ["/api/notes", "/"], ["/login"]),
    ({"middleware.ts": CLERK}, ["/api/entries/x", "/dashboard"], ["/api/public", "/"]),
])
def test_middleware_guards_these_urls_and_not_those(files: dict[str, str], inside: list[str],
                                                     outside: list[str]) -> None:
    guard = _guard(files)
    assert guard is not None
    assert [u for u in inside if not guard.covers(u)] == []
    assert [u for u in outside if guard.covers(u)] == []


LETS_THROUGH = """
import { NextResponse } from 'next/server'
import { getToken } from 'next-auth/jwt'

export async function middleware(req) {
  const token = await getToken({ req })
  if (!token) return NextResponse.next()
  return NextResponse.next({ headers: { 'x-user': String(token.sub) } })
}
"""


@pytest.mark.parametrize("src", [COOKIE_ONLY, CLERK_BARE, LETS_THROUGH])
def test_a_present_cookie_a_bare_clerk_or_a_pass_through_guards_nothing(src: str) -> None:
    assert _guard({"middleware.ts": src}) is None


def test_route_files_map_to_their_urls() -> None:
    assert nextmiddleware.url_of("app/api/notes/[id]/route.ts") == "/api/notes/x"
    assert nextmiddleware.url_of("src/app/(app)/dashboard/page.tsx") == "/dashboard"
    assert nextmiddleware.url_of("pages/api/tasks/index.ts") == "/api/tasks"
    assert nextmiddleware.url_of("app/page.tsx") == "/"
    assert nextmiddleware.url_of("app/dashboard/actions.ts") is None


def test_matcher_patterns_follow_path_to_regexp() -> None:
    assert nextmiddleware.path_pattern("/dashboard/:path*").fullmatch("/dashboard")
    assert nextmiddleware.path_pattern("/dashboard/:path*").fullmatch("/dashboard/a/b")
    assert not nextmiddleware.path_pattern("/dashboard/:path*").fullmatch("/dashboards")
    assert nextmiddleware.path_pattern("/api/:id").fullmatch("/api/x")
    assert not nextmiddleware.path_pattern("/api/:id").fullmatch("/api/x/y")
