import { NextResponse, type NextRequest } from "next/server";
import { createClient } from "@/utils/supabase/server";

// Mobile companion app needs the session, so hand it over in the deep link
export async function GET(request: NextRequest) {
  const { searchParams, origin } = new URL(request.url);
  const token_hash = searchParams.get("token_hash");
  const type = searchParams.get("type") as "email" | "recovery" | null;

  if (!token_hash || !type) {
    return NextResponse.redirect(`${origin}/login?error=invalid_link`);
  }

  const supabase = await createClient();
  const { data, error } = await supabase.auth.verifyOtp({ token_hash, type });
  if (error || !data.session) {
    return NextResponse.redirect(`${origin}/login?error=expired`);
  }

  const { access_token, refresh_token } = data.session;
  return NextResponse.redirect(
    `${origin}/welcome?access_token=${access_token}&refresh_token=${refresh_token}&email=${encodeURIComponent(data.user?.email ?? "")}`
  );
}
