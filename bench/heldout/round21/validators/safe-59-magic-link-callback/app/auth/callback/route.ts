import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { safeRedirectUrl } from "@/lib/safe-redirect";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const code = url.searchParams.get("code");
  const dest = safeRedirectUrl(url.searchParams.get("next"), url.origin);
  if (code) {
    const supabase = await createClient();
    const { error } = await supabase.auth.exchangeCodeForSession(code);
    if (!error) return NextResponse.redirect(dest, 303);
  }
  return NextResponse.redirect(new URL("/login?error=link", url.origin), 303);
}
