import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

function sameOrigin(next: string | null, origin: string): URL {
  const fallback = new URL("/dashboard", origin);
  if (!next) return fallback;
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin || !["http:", "https:"].includes(url.protocol)) return fallback;
    return url;
  } catch {
    return fallback;
  }
}

export async function GET(request: Request) {
  const { searchParams, origin } = new URL(request.url);
  const code = searchParams.get("code");
  if (code) {
    const supabase = await createClient();
    const { error } = await supabase.auth.exchangeCodeForSession(code);
    if (!error) return NextResponse.redirect(sameOrigin(searchParams.get("next"), origin));
  }
  return NextResponse.redirect(new URL("/login?error=callback", origin));
}
