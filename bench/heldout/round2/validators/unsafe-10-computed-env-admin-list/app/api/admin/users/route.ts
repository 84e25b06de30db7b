import { NextResponse } from "next/server";
import { getSupabase } from "@/lib/supabase-factory";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const page = Number(searchParams.get("page") ?? "1");

  const supabase = getSupabase("admin");
  const { data, error } = await supabase.auth.admin.listUsers({ page, perPage: 50 });
  if (error) return NextResponse.json({ error: error.message }, { status: 500 });

  return NextResponse.json({
    users: data.users.map((u) => ({ id: u.id, email: u.email, phone: u.phone, last_sign_in_at: u.last_sign_in_at })),
  });
}
