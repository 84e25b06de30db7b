"""Full-stack templates: Next.js 14 App Router + TypeScript + Tailwind, Supabase Auth through
@supabase/ssr, and Supabase SQL with row-level security — secure by construction (see
docs/ARCHITECTURE.md, Safety).

Every API route resolves the user with ``requireUser()`` and queries with the user-scoped client
(anon key + the session cookie), so RLS applies to the app's own traffic; no template uses the
service-role key. Supabase settings (``SUPABASE_URL``, ``SUPABASE_ANON_KEY``) are read on the
server at run time, never through ``NEXT_PUBLIC_``. Without them the pages explain the set-up
and the API answers 503. The five kinds are separate apps (``fullstack_apps``).
"""

from __future__ import annotations

import json

from devora_desktop.agents.templates import i18n, shapes
from devora_desktop.agents.templates import web as web_readme
from devora_desktop.agents.templates.fullstack_words import README, words_ts
from devora_desktop.agents.templates.spec import Spec

PACKAGE = {
    "private": True, "version": "0.1.0",
    "scripts": {"dev": "next dev", "build": "next build", "start": "next start",
                "lint": "next lint"},
    "dependencies": {"next": "14.2.35", "react": "18.3.1", "react-dom": "18.3.1",
                     "@supabase/ssr": "0.5.2", "@supabase/supabase-js": "2.46.1",
                     "server-only": "0.0.1", "zod": "3.23.8"},
    "devDependencies": {"typescript": "5.6.3", "@types/node": "20.17.6",
                        "@types/react": "18.3.12", "@types/react-dom": "18.3.1",
                        "tailwindcss": "3.4.14", "postcss": "8.4.47", "autoprefixer": "10.4.20"},
}

TSCONFIG = {
    "compilerOptions": {
        "target": "ES2017", "lib": ["dom", "dom.iterable", "esnext"], "allowJs": False,
        "skipLibCheck": True, "strict": True, "noEmit": True, "esModuleInterop": True,
        "module": "esnext", "moduleResolution": "bundler", "resolveJsonModule": True,
        "isolatedModules": True, "jsx": "preserve", "incremental": True,
        "plugins": [{"name": "next"}], "paths": {"@/*": ["./*"]}},
    "include": ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts"],
    "exclude": ["node_modules"],
}


JSX_TEXT = {"HEADING", "BLURB", "NAME", "KICKER", "HEADLINE", "SUB", "TAGLINE"}


def fill(text: str, **values: object) -> str:
    """Replace @@KEY@@ markers (TSX is full of braces, so no str.format). Keys in JSX_TEXT are
    prompt-derived text placed between tags: they go in as string expressions, so a name like
    "Ember & Wick" or "<b>" is text, never markup."""
    for key, value in values.items():
        out = "{" + js(str(value)) + "}" if key in JSX_TEXT else str(value)
        text = text.replace(f"@@{key}@@", out)
    assert "@@" not in text, text[text.index("@@"):text.index("@@") + 40]
    return text


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


SUPABASE_SERVER = '''import "server-only";
import { createServerClient } from "@supabase/ssr";
import { cookies } from "next/headers";

/**
 * Session cookies are read only on the server (there is no browser Supabase client), so they
 * are HttpOnly; SameSite=Lax keeps them off cross-site POSTs; Secure outside development.
 */
export function hardened<T extends object | undefined>(options: T) {
  return { ...(options ?? {}), httpOnly: true, sameSite: "lax" as const, secure: process.env.NODE_ENV === "production" };
}

/** True when SUPABASE_URL and SUPABASE_ANON_KEY are set (read on the server, at run time). */
export function supabaseConfigured(): boolean {
  return Boolean(process.env.SUPABASE_URL && process.env.SUPABASE_ANON_KEY);
}

/**
 * A client that acts as the signed-in user: the anon key plus the session from the cookies,
 * so every query goes through row-level security. There is no service-role client here.
 */
export function createClient() {
  const cookieStore = cookies();
  return createServerClient(process.env.SUPABASE_URL ?? "", process.env.SUPABASE_ANON_KEY ?? "", {
    cookies: {
      getAll() {
        return cookieStore.getAll();
      },
      setAll(cookiesToSet) {
        try {
          cookiesToSet.forEach(({ name, value, options }) => cookieStore.set(name, value, hardened(options)));
        } catch {
          // Server Components cannot set cookies; middleware.ts refreshes the session instead.
        }
      },
    },
  });
}
'''

AUTH = '''import "server-only";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import type { User } from "@supabase/supabase-js";
import type { ZodIssue } from "zod";
import { inputError } from "@/lib/input";
import { createClient, supabaseConfigured } from "@/lib/supabase/server";
import { W } from "@/lib/words";

export type Session = { user: User; supabase: ReturnType<typeof createClient> };

export function notConfigured() {
  return NextResponse.json(
    { error: "Supabase is not configured: set SUPABASE_URL and SUPABASE_ANON_KEY (see README)." },
    { status: 503 },
  );
}

/**
 * The signed-in user, verified by Supabase Auth (getUser checks the token with the server).
 * The request's cookies are read first, even before Supabase is set up, so a page that shows
 * who is signed in (the header) is drawn for each request, never once at build time.
 */
export async function currentUser(): Promise<Session | null> {
  cookies();
  if (!supabaseConfigured()) return null;
  const supabase = createClient();
  const { data, error } = await supabase.auth.getUser();
  if (error || !data.user) return null;
  return { user: data.user, supabase };
}

/** For route handlers: the session, or the response to send (503 not set up, 401 signed out). */
export async function requireUser(): Promise<Session | NextResponse> {
  if (!supabaseConfigured()) return notConfigured();
  const session = await currentUser();
  return session ?? NextResponse.json({ error: W.signInFirst }, { status: 401 });
}

/** Zod errors as one line in the app's language for a 400 answer (lib/input.ts). */
export function badRequest(error: { issues: ZodIssue[] }) {
  return NextResponse.json({ error: inputError(error.issues[0]) }, { status: 400 });
}
'''

INPUT = '''import type { ZodIssue } from "zod";
import { LOCALE, W, say } from "@/lib/words";

/** Each field the API takes, as its form names it. */
const LABELS: Record<string, string> = @@LABELS@@;
const WORDS: Record<string, string> = W;

/** Why a value was refused, in the app's language: zod's own text is English. */
function why(issue: ZodIssue): string {
  if (issue.message.startsWith("why") && issue.message in WORDS) return WORDS[issue.message];
  const count = (n: number | bigint) => new Intl.NumberFormat(LOCALE).format(n);
  switch (issue.code) {
    case "invalid_type":
      if (issue.received === "undefined" || issue.received === "null") return W.whyRequired;
      return issue.expected === "number" ? W.whyNumber : W.whyInvalid;
    case "too_small":
      if (issue.type === "string") return Number(issue.minimum) <= 1 ? W.whyRequired : say(W.whyMinChars, { n: count(issue.minimum) });
      return say(W.whyAtLeast, { n: count(issue.minimum) });
    case "too_big":
      return say(issue.type === "string" ? W.whyMaxChars : W.whyAtMost, { n: count(issue.maximum) });
    case "invalid_string":
      if (issue.validation === "email") return W.whyEmail;
      return issue.validation === "url" ? W.whyHttps : W.whyInvalid;
    case "invalid_enum_value":
      return say(W.whyOneOf, { options: issue.options.join(", ") });
    case "invalid_union": {
      // "" or a value of a shape: the reason is the shape's ("" was allowed too)
      const inner = issue.unionErrors.map((e) => e.issues[0]).filter((i) => i && i.code !== "invalid_literal");
      return inner.length ? why(inner[inner.length - 1]) : W.whyInvalid;
    }
    default:
      return W.whyInvalid;
  }
}

/** A 400's one line: the field as its form names it, and why ("Prix : 100 000 au plus"). */
export function inputError(issue: ZodIssue | undefined): string {
  if (!issue) return W.whyInvalid;
  const key = issue.path.find((p) => typeof p === "string");
  const field = typeof key === "string" ? LABELS[key] ?? key : "";
  return field ? say(W.badInput, { field, why: why(issue) }) : why(issue);
}
'''

# Each field an API takes, by the word its form labels it with (an app adds its own).
LABELS = {"title": "W.title", "body": "W.bodyMarkdown", "tags": "W.tagsLabel",
          "published": "W.publishedLabel", "due_date": "W.dueDate", "priority": "W.priority",
          "name": "W.name", "email": "W.email", "plan": "W.plan", "mrr": "W.kpiMrr",
          "status": "W.status", "joined_on": "W.joined", "description": "W.description",
          "price": "W.price", "category": "W.category", "emoji": "W.emojiLabel",
          "image_url": "W.imageUrl", "items": "W.yourCart"}


def labels_ts(labels: dict[str, str]) -> str:
    """``LABELS``' TypeScript: field -> an expression (``W.key`` or a quoted label)."""
    return "{\n" + "".join(f"  {js(k)}: {v},\n" for k, v in labels.items()) + "}"


MIDDLEWARE = '''import { createServerClient } from "@supabase/ssr";
import { NextResponse, type NextRequest } from "next/server";

/** Pages that need a signed-in user; everything else is public. */
const PROTECTED: string[] = @@PROTECTED@@;

/** Refresh the Supabase session cookie on every page request and guard private pages. */
export async function middleware(request: NextRequest) {
  let response = NextResponse.next({ request });
  const url = process.env.SUPABASE_URL;
  const key = process.env.SUPABASE_ANON_KEY;
  if (!url || !key) return response;
  const supabase = createServerClient(url, key, {
    cookies: {
      getAll() {
        return request.cookies.getAll();
      },
      setAll(cookiesToSet) {
        cookiesToSet.forEach(({ name, value }) => request.cookies.set(name, value));
        response = NextResponse.next({ request });
        cookiesToSet.forEach(({ name, value, options }) =>
          response.cookies.set(name, value, { ...options, httpOnly: true, sameSite: "lax", secure: process.env.NODE_ENV === "production" }),
        );
      },
    },
  });
  const {
    data: { user },
  } = await supabase.auth.getUser();
  const path = request.nextUrl.pathname;
  const guarded = PROTECTED.some((p) => (p === "/" ? path === "/" : path === p || path.startsWith(`${p}/`)));
  if (!user && guarded) {
    const login = request.nextUrl.clone();
    login.pathname = "/login";
    login.search = `?next=${encodeURIComponent(path)}`;
    return NextResponse.redirect(login);
  }
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
'''

AUTH_ROUTE = '''import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient, supabaseConfigured } from "@/lib/supabase/server";
import { safeNext, sameOrigin } from "@/lib/redirect";

const Credentials = z.object({
  email: z.string().trim().email().max(320),
  password: z.string().min(8, "at least 8 characters").max(200),
});

function back(request: Request, path: string) {
  return NextResponse.redirect(new URL(path, request.url), { status: 303 });
}

/**
 * @@WHAT@@ from the HTML form on @@PAGE@@. Errors go back to the form as a code from a fixed
 * list (?error=credentials); the page shows its own text for it, never text from the URL.
 */
export async function POST(request: Request) {
  const fail = (code: string) => back(request, `@@PAGE@@?error=${code}`);
  if (!sameOrigin(request)) return fail("csrf");
  if (!supabaseConfigured()) return fail("config");
  const form = await request.formData().catch(() => null);
  const parsed = Credentials.safeParse({ email: form?.get("email"), password: form?.get("password") });
  if (!parsed.success) return fail("invalid");
  const supabase = createClient();
  @@CALL@@
  return back(request, safeNext(form?.get("next"), request.url));
}
'''

SIGN_IN_CALL = '''const { error } = await supabase.auth.signInWithPassword(parsed.data);
  if (error) return fail("credentials");'''
SIGN_UP_CALL = '''const { data, error } = await supabase.auth.signUp(parsed.data);
  if (error) return fail("signup");
  if (!data.session) return back(request, "/login?message=confirm");'''

REDIRECT = '''/**
 * Where to send someone after a form: a path on this site, or "/". The value is parsed as a URL
 * against this origin and kept only when it stays here: no scheme, no "//" (another host), no
 * "\\" (browsers read "/\\evil.example" as "//evil.example"), checked on what is returned too:
 * parsing turns "/.//evil.example", "/%2e//evil.example" or "/x/..//evil.example" into the path
 * "//evil.example", which a browser would follow to that host.
 */
export function safeNext(raw: unknown, base: string): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\\\")) return "/";
  try {
    const here = new URL(base);
    const url = new URL(raw, here);
    const path = url.pathname;
    if (url.origin !== here.origin || !path.startsWith("/") || path.startsWith("//") || path.includes("\\\\")) return "/";
    return `${path}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}

/**
 * A form POST that came from a page of this site (login CSRF protection): browsers send Origin
 * on every cross-site POST, and Sec-Fetch-Site where they don't.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin) {
    try {
      return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
    } catch {
      return false;
    }
  }
  return request.headers.get("sec-fetch-site") === "same-origin";
}
'''

SIGN_OUT = '''import { NextResponse } from "next/server";
import { createClient, supabaseConfigured } from "@/lib/supabase/server";

/** Sign out (POST only, so a link or an image cannot sign anyone out). */
export async function POST(request: Request) {
  if (supabaseConfigured()) await createClient().auth.signOut();
  return NextResponse.redirect(new URL("/", request.url), { status: 303 });
}
'''

AUTH_FORM = '''import { W } from "@/lib/words";

type Props = { mode: "sign-in" | "sign-up"; error?: string; message?: string; next?: string };

/** The only texts the form shows: the URL carries a code, never the words. */
const ERRORS: Record<string, string> = {
  invalid: W.invalid,
  credentials: W.credentials,
  signup: W.signupFailed,
  config: W.config,
  csrf: W.csrf,
};
const MESSAGES: Record<string, string> = {
  confirm: W.confirm,
};

/** A plain HTML form: works without JavaScript; the route answers with a redirect. */
export default function AuthForm({ mode, error, message, next }: Props) {
  const signIn = mode === "sign-in";
  const errorText = error ? ERRORS[error] : undefined;
  const messageText = message ? MESSAGES[message] : undefined;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{signIn ? W.signIn : W.createAccount}</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">@@TAGLINE@@</p>
      <form method="post" action={signIn ? "/api/auth/sign-in" : "/api/auth/sign-up"} className="card mt-6 grid gap-4">
        <input type="hidden" name="next" value={next ?? "/"} />
        <label className="grid gap-1 text-sm">
          {W.email}
          <input className="input" type="email" name="email" required autoComplete="email" />
        </label>
        <label className="grid gap-1 text-sm">
          {W.passLabel}
          <input className="input" type="password" name="password" required minLength={8}
            autoComplete={signIn ? "current-password" : "new-password"} />
        </label>
        {errorText && <p role="alert" className="text-sm text-red-600">{errorText}</p>}
        {messageText && <p role="status" className="text-sm text-emerald-700">{messageText}</p>}
        <button className="btn-primary" type="submit">{signIn ? W.signIn : W.signUp}</button>
      </form>
      <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
        {signIn ? W.newHere : W.haveAccount}
        <a className="link" href={signIn ? "/signup" : "/login"}>{signIn ? W.makeAccount : W.signIn}</a>
      </p>
    </div>
  );
}
'''

AUTH_PAGE = '''import AuthForm from "@/components/AuthForm";

export default function @@FN@@({ searchParams }: { searchParams: { error?: string; message?: string; next?: string } }) {
  return <AuthForm mode="@@MODE@@" error={searchParams.error} message={searchParams.message} next={searchParams.next} />;
}
'''

SETUP_NOTICE = '''import { W } from "@/lib/words";

/** A step's text with its `code` parts set as code. */
function Step({ text }: { text: string }) {
  return <li>{text.split("`").map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}</li>;
}

/** Shown instead of data until Supabase is configured, so a fresh clone explains itself. */
export default function SetupNotice() {
  return (
    <div className="card" role="status">
      <h2 className="text-lg font-semibold">{W.setupTitle}</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm text-slate-600 dark:text-slate-400">
        <Step text={W.setup1} />
        <Step text={W.setup2} />
        <Step text={W.setup3} />
      </ol>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{W.setupThen}</p>
    </div>
  );
}
'''

THEME_TOGGLE = '''"use client";

import { useEffect, useState } from "react";
import { W } from "@/lib/words";

/** Dark mode: follows the system until the user picks, then remembers the choice (the class
 * for Tailwind, data-theme for stylesheets that read it). */
export default function ThemeToggle() {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    const saved = localStorage.getItem("theme");
    const initial = saved ? saved === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
    setDark(initial);
    document.documentElement.classList.toggle("dark", initial);
    document.documentElement.dataset.theme = initial ? "dark" : "light";
  }, []);
  function toggle() {
    const next = !dark;
    setDark(next);
    document.documentElement.classList.toggle("dark", next);
    document.documentElement.dataset.theme = next ? "dark" : "light";
    localStorage.setItem("theme", next ? "dark" : "light");
  }
  return (
    <button type="button" onClick={toggle} className="btn" aria-pressed={dark} aria-label={W.darkMode}>
      {dark ? W.lightMode : W.darkMode}
    </button>
  );
}
'''

LAYOUT = '''import type { Metadata } from "next";
import Link from "next/link";
@@THEME_IMPORT@@import { currentUser } from "@/lib/auth";
import { W } from "@/lib/words";
import "./globals.css";

export const metadata: Metadata = {
  title: @@TITLE@@,
  description: @@DESCRIPTION@@,
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const session = await currentUser();
  return (
    <html lang=@@LANG@@>
      <body className="min-h-screen antialiased">
        <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <nav className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-3" aria-label={W.mainNav}>
            <Link href="/" className="text-lg font-bold text-[var(--accent)]">@@NAME@@</Link>
            @@LINKS@@
            <span className="ml-auto flex items-center gap-3 text-sm">
              @@THEME@@
              {session ? (
                <>
                  <span className="text-slate-500">{session.user.email}</span>
                  <form method="post" action="/api/auth/sign-out">
                    <button className="btn" type="submit">{W.signOut}</button>
                  </form>
                </>
              ) : (
                <>
                  <Link className="link" href="/login">{W.signIn}</Link>
                  <Link className="btn-primary" href="/signup">{W.signUp}</Link>
                </>
              )}
            </span>
          </nav>
        </header>
        <main className="mx-auto max-w-5xl px-4 py-8">{children}</main>
      </body>
    </html>
  );
}
'''

GLOBALS = '''@tailwind base;
@tailwind components;
@tailwind utilities;

:root { --accent: @@ACCENT@@; color-scheme: light dark; }
body { @apply bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100; }
@layer components {
  .card { @apply rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900; }
  .input { @apply rounded-md border border-slate-300 bg-transparent px-3 py-2 dark:border-slate-700; }
  .btn { @apply rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800; }
  .btn-primary { @apply rounded-md bg-[var(--accent)] px-4 py-2 text-sm font-medium text-white hover:opacity-90; }
  .link { @apply text-[var(--accent)] underline-offset-2 hover:underline; }
  .chip { @apply rounded-full border border-slate-300 px-2 py-0.5 text-xs dark:border-slate-700; }
}
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
'''

NEXT_CONFIG = '''/** Security headers on every response: no framing, no MIME sniffing, HTTPS remembered,
 * forms post only here, no plugins, a strict referrer. */
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
'''

ACCENTS = {"todo": "#4f46e5", "blog": "#b45309", "dashboard": "#0f766e", "store": "#be123c",
           "landing": "#7c3aed"}


def app_tagline(spec: Spec) -> str:
    """The app's one-line description: the subject's pack's in English (the packs are
    English), else the subject in the prompt's own words, as the web pages say it."""
    if spec.lang == "en":
        return spec.pack.tagline
    return i18n.pick(i18n.LANDING["tagline"], spec.lang).format(
        s=shapes.cap(spec.subject or spec.name))


def scaffold(spec: Spec, links: list[tuple[str, str]], protected: list[str],
             env_extra: str = "", tagline: str = "",
             labels: dict[str, str] | None = None) -> dict[str, dict[str, str]]:
    """The files every full-stack app shares, by owner: config, layout, auth pages and routes,
    their words in the prompt's language (``links``: (href, key of its label in
    ``lib/words.ts``); ``labels``: the app's fields' names where ``LABELS`` has none or
    another, as TypeScript expressions)."""
    tagline = tagline or app_tagline(spec)
    name = spec.name
    pkg = dict(PACKAGE, name="".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
               or "app")
    dark = spec.has("dark_mode")
    link_jsx = "\n            ".join(f'<Link className="link" href="{href}">{{W.{key}}}</Link>'
                                     for href, key in links)
    frontend = {
        "package.json": json.dumps(pkg, indent=2) + "\n",
        "tsconfig.json": json.dumps(TSCONFIG, indent=2) + "\n",
        "next-env.d.ts": '/// <reference types="next" />\n/// <reference types="next/image-types/global" />\n',
        "next.config.mjs": NEXT_CONFIG,
        "postcss.config.mjs": "const config = { plugins: { tailwindcss: {}, autoprefixer: {} } };\n\nexport default config;\n",
        "tailwind.config.ts": 'import type { Config } from "tailwindcss";\n\nconst config: Config = {\n  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],\n'
                              f'  darkMode: "{"class" if dark else "media"}",\n  theme: {{ extend: {{}} }},\n  plugins: [],\n}};\n\nexport default config;\n',
        ".gitignore": "node_modules/\n.next/\nout/\n.env*.local\n.env\n",
        ".env.example": "# Server-side only (never NEXT_PUBLIC_): read at run time by lib/supabase/server.ts\n"
                        "SUPABASE_URL=\nSUPABASE_ANON_KEY=\n" + env_extra,
        "app/globals.css": fill(GLOBALS, ACCENT=ACCENTS.get(spec.kind, "#5b5bd6")),
        "app/layout.tsx": fill(
            LAYOUT, TITLE=js(name), LANG=js(spec.lang),
            DESCRIPTION=js(tagline), NAME=name, LINKS=link_jsx,
            THEME_IMPORT='import ThemeToggle from "@/components/ThemeToggle";\n' if dark else "",
            THEME="<ThemeToggle />" if dark else ""),
        "components/AuthForm.tsx": fill(AUTH_FORM, TAGLINE=tagline),
        "lib/words.ts": words_ts(spec.lang, i18n.currency(spec.prompt, spec.lang)),
        "components/SetupNotice.tsx": SETUP_NOTICE,
        "app/login/page.tsx": fill(AUTH_PAGE, FN="LoginPage", MODE="sign-in"),
        "app/signup/page.tsx": fill(AUTH_PAGE, FN="SignupPage", MODE="sign-up"),
    }
    if dark:
        frontend["components/ThemeToggle.tsx"] = THEME_TOGGLE
    backend = {
        "lib/supabase/server.ts": SUPABASE_SERVER,
        "lib/auth.ts": AUTH,
        "lib/input.ts": fill(INPUT, LABELS=labels_ts({**LABELS, **(labels or {})})),
        "lib/redirect.ts": REDIRECT,
        "middleware.ts": fill(MIDDLEWARE, PROTECTED=js(protected)),
        "app/api/auth/sign-in/route.ts": fill(AUTH_ROUTE, WHAT="Sign in", PAGE="/login",
                                              CALL=SIGN_IN_CALL),
        "app/api/auth/sign-up/route.ts": fill(AUTH_ROUTE, WHAT="Sign up", PAGE="/signup",
                                              CALL=SIGN_UP_CALL),
        "app/api/auth/sign-out/route.ts": SIGN_OUT,
    }
    return {"frontend": frontend, "backend": backend, "database": {}}


LANGUAGE = {"en": "English", "fr": "French", "es": "Spanish", "de": "German",
            "pt": "Portuguese", "it": "Italian"}


def readme(spec: Spec, what: str, tables: list[str], extra: str = "",
           security_extra: str = "") -> str:
    feats = ", ".join(sorted(spec.features)).replace("_", " ")
    service_role = (
        "- The service-role key is used in one place only: the Stripe webhook route, after it\n"
        "  verifies Stripe's signature (`lib/supabase/admin.ts` is server-only). Supabase settings\n"
        "  are server-side only (no `NEXT_PUBLIC_` variables), so nothing secret reaches the browser."
        if "webhook" in security_extra else
        "- The service-role key is not used anywhere; Supabase settings are server-side only (no\n"
        "  `NEXT_PUBLIC_` variables), so nothing secret reaches the browser.")
    english = f"""# {spec.name}

{spec.pack.tagline}. {what}

Built by Devora Desktop from an offline template (no AI): Next.js 14 (App Router, TypeScript,
Tailwind), Supabase Auth through `@supabase/ssr`, API routes validated with zod, and SQL with
row-level security on every table ({", ".join(tables)}). Features: {feats}.

## Run it

1. Create a Supabase project; run `supabase/migrations/*.sql` (and `supabase/seed.sql` if
   present) in its SQL editor or with `supabase db push`.
2. `cp .env.example .env.local` and fill in `SUPABASE_URL` and `SUPABASE_ANON_KEY`
   (Project settings → API); in Devora, Project › Connect Supabase… does this.{extra}
3. `npm install && npm run dev`, open http://localhost:3000 and sign up.

## Words

Every word the pages show is in `lib/words.ts` ({LANGUAGE[spec.lang]}), with the currency and
locale of the prices: change a word there and every page follows.

## Security

- Every API route resolves the user (`requireUser()` in `lib/auth.ts`) and answers 401 before
  touching the database; queries use the signed-in user's client, so RLS decides what they see.
{service_role}
- Input is validated with zod (`lib/validation.ts`); errors are answered with 400 and one line
  in the app's language naming the field (`lib/input.ts`).
- Sign-in and sign-up accept posts from this site only (login CSRF), send people back only to
  a path on this site, and show error text from a fixed list; responses carry security
  headers (`next.config.mjs`) and the session cookie is HttpOnly and SameSite=Lax.
{security_extra}"""
    if spec.lang == "en":
        return english
    # another language: the README's own words in it, and the English one below as the
    # developers' details (what each app adds is English)
    w = i18n.words(spec.lang, README)
    asked = i18n.words(spec.lang, web_readme.README)["asked"].format(p=spec.prompt.strip())
    details = english.split("\n", 3)[3].lstrip("\n").replace("\n## ", "\n### ")
    more = f"\n\n{w['more']}" if extra or security_extra else ""
    return f"""# {spec.name}

{app_tagline(spec)}.

{asked}

{w["built"].format(tables=", ".join(tables))}

## {i18n.words(spec.lang, web_readme.README)["run"]}

1. {w["step1"]}
2. {w["step2"]}
3. {w["step3"]}{more}

## {w["wordsHead"]}

{w["words"].format(language=w["language"])}

## {w["securityHead"]}

{w["security"]}

## {w["details"]}

{details}"""
