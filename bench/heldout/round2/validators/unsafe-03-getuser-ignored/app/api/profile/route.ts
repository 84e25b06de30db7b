import { NextRequest, NextResponse } from "next/server";
import { createClient } from "@/utils/supabase/server";

export async function PATCH(req: NextRequest) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();

  const body = await req.json();
  const { id, full_name, avatar_url, bio } = body;

  const { data, error } = await supabase
    .from("profiles")
    .update({ full_name, avatar_url, bio, updated_at: new Date().toISOString() })
    .eq("id", id ?? user?.id)
    .select()
    .single();

  if (error) {
    return NextResponse.json({ error: error.message }, { status: 400 });
  }

  return NextResponse.json({ profile: data });
}
