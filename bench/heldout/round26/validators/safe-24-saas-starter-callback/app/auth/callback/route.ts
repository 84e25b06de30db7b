import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { safeNextUrl } from "@/lib/safe-next";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const code = url.searchParams.get("code");
  const target = safeNextUrl(url.searchParams.get("next"), url.origin);

  if (code) {
    const supabase = await createClient();
    const { error } = await supabase.auth.exchangeCodeForSession(code);
    if (!error) return NextResponse.redirect(target);
  }

  return NextResponse.redirect(new URL("/login?error=callback", url.origin));
}
