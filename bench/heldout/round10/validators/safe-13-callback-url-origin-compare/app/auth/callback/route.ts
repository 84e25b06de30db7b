import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

// Returns an absolute URL on our own origin, so a path such as "/.//x"
// (which normalises to "//x") can never be re-read as protocol-relative.
function safeNext(raw: string | null, origin: string): URL {
  const fallback = new URL("/dashboard", origin);
  if (!raw || raw.includes("\\")) return fallback;
  try {
    const url = new URL(raw, origin);
    if (url.origin !== origin) return fallback;
    if (url.pathname.startsWith("//")) return fallback;
    return url;
  } catch {
    return fallback;
  }
}

export async function GET(request: Request) {
  const { searchParams, origin } = new URL(request.url);
  const code = searchParams.get("code");
  const next = safeNext(searchParams.get("next"), origin);

  if (code) {
    const supabase = createClient();
    const { error } = await supabase.auth.exchangeCodeForSession(code);
    if (!error) {
      return NextResponse.redirect(next);
    }
  }
  return NextResponse.redirect(new URL("/login?error=callback", origin));
}
