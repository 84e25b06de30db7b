import { NextResponse, type NextRequest } from "next/server";
import { createClient } from "@/lib/supabase/server";

function resolveNext(raw: string | null, origin: string): string {
  if (!raw || raw.includes("\\")) return "/";
  try {
    const target = new URL(raw, origin);
    if (target.origin !== origin) return "/";
    return `${target.pathname}${target.search}${target.hash}`;
  } catch {
    return "/";
  }
}

export async function GET(request: NextRequest) {
  const url = request.nextUrl;
  const origin = url.origin;
  const code = url.searchParams.get("code");
  const destination = resolveNext(url.searchParams.get("next"), origin);

  if (!code) {
    return NextResponse.redirect(`${origin}/login?error=missing_code`);
  }

  const supabase = await createClient();
  const { error } = await supabase.auth.exchangeCodeForSession(code);
  if (error) {
    return NextResponse.redirect(`${origin}/login?error=callback`);
  }

  return NextResponse.redirect(`${origin}${destination}`);
}
