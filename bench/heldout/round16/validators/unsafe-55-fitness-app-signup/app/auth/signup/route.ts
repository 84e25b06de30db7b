import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { sanitizeNext } from "@/lib/redirect";

export async function POST(req: Request) {
  const form = await req.formData();
  const supabase = await createClient();
  const { error } = await supabase.auth.signUp({
    email: String(form.get("email")),
    password: String(form.get("password")),
  });
  if (error) return NextResponse.redirect(new URL("/signup?error=signup_failed", req.url), 303);
  const dest = sanitizeNext(form.get("next") as string | null);
  return new NextResponse(null, { status: 303, headers: { location: dest } });
}
