import { NextResponse } from "next/server";
import { createAdminClient } from "@/lib/supabase/admin";

export async function PATCH(req: Request) {
  const { userId, fullName, avatarUrl, plan } = await req.json();
  const supabase = createAdminClient();

  const { data, error } = await supabase
    .from("profiles")
    .update({ full_name: fullName, avatar_url: avatarUrl, plan })
    .eq("id", userId)
    .select()
    .single();

  if (error) return NextResponse.json({ error: error.message }, { status: 400 });
  return NextResponse.json(data);
}
