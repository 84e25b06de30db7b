import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

function safeNext(raw: string | null, base: URL): URL {
  const fallback = new URL("/dashboard", base.origin);
  if (!raw || raw.includes("\\")) return fallback;
  try {
    const url = new URL(raw, base.origin);
    return url.origin === base.origin ? url : fallback;
  } catch {
    return fallback;
  }
}

export async function GET(request: Request) {
  const requestUrl = new URL(request.url);
  const code = requestUrl.searchParams.get("code");
  if (code) {
    const supabase = await createClient();
    await supabase.auth.exchangeCodeForSession(code);
  }
  return NextResponse.redirect(safeNext(requestUrl.searchParams.get("next"), requestUrl));
}
