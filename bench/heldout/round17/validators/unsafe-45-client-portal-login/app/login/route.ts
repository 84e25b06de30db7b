import { NextRequest, NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function POST(req: NextRequest) {
  const form = await req.formData();
  const supabase = await createClient();
  const { error } = await supabase.auth.signInWithPassword({
    email: String(form.get("email")),
    password: String(form.get("password")),
  });
  if (error) return NextResponse.redirect(new URL("/login?error=invalid", req.url), 303);

  const next = String(form.get("next") ?? "/");
  const target = next.startsWith("/") ? next : "/";
  return NextResponse.redirect(new URL(target, req.url), 303);
}
