import { NextResponse, type NextRequest } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const next = request.nextUrl.searchParams.get("next") ?? "/dashboard";
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword({
    email: String(form.get("email")),
    password: String(form.get("password")),
  });
  if (error) {
    return NextResponse.redirect(new URL("/login?error=invalid", request.url), 303);
  }
  return NextResponse.redirect(next, 303);
}
