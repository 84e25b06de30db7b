import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

function safeDestination(next: string | null, origin: string): string {
  const fallback = new URL("/dashboard", origin).href;
  if (!next || next.includes("\\")) return fallback;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  return url.href;
}

export async function GET(request: Request) {
  const { searchParams, origin } = new URL(request.url);
  const code = searchParams.get("code");
  if (code) {
    const supabase = await createClient();
    const { error } = await supabase.auth.exchangeCodeForSession(code);
    if (!error) {
      return NextResponse.redirect(safeDestination(searchParams.get("next"), origin));
    }
  }
  return NextResponse.redirect(new URL("/login?error=callback", origin));
}
