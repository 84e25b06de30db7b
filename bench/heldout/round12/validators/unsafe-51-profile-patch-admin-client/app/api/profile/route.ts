import { NextResponse } from "next/server";
import { supabaseAdmin as db } from "@/lib/supabase-admin";
import { createClient } from "@/lib/supabase/server";

export async function PATCH(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const { id, full_name, avatar_url, bio, plan } = await req.json();

  const { data, error } = await db
    .from("profiles")
    .update({ full_name, avatar_url, bio, plan, updated_at: new Date().toISOString() })
    .eq("id", id ?? user.id)
    .select()
    .single();

  if (error) {
    return NextResponse.json({ error: error.message }, { status: 400 });
  }
  return NextResponse.json(data);
}
