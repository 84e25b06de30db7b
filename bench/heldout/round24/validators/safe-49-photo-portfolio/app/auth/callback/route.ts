import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { sameOriginPath } from "@/lib/next-path";

export async function GET(request: Request) {
  const { searchParams, origin } = new URL(request.url);
  const code = searchParams.get("code");
  const dest = sameOriginPath(searchParams.get("next"), origin);

  if (code) {
    const supabase = await createClient();
    const { error } = await supabase.auth.exchangeCodeForSession(code);
    if (!error) return NextResponse.redirect(new URL(dest, origin));
  }
  return NextResponse.redirect(new URL("/login?error=callback", origin));
}
