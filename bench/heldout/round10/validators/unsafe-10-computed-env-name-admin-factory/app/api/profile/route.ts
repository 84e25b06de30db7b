import { NextResponse } from "next/server";
import { getDb } from "@/lib/supabase/factory";

export async function PATCH(req: Request) {
  const { userId, displayName, avatarUrl, bio } = await req.json();
  if (!userId) {
    return NextResponse.json({ error: "userId is required" }, { status: 400 });
  }

  const db = getDb();
  const { data, error } = await db
    .from("profiles")
    .update({ display_name: displayName, avatar_url: avatarUrl, bio })
    .eq("id", userId)
    .select()
    .single();

  if (error) {
    return NextResponse.json({ error: error.message }, { status: 500 });
  }
  return NextResponse.json({ profile: data });
}
