import { NextResponse } from "next/server";
import { makeAdmin } from "@/lib/supabase/admin";

export async function POST(req: Request) {
  const { userId, displayName, bio, avatarUrl } = await req.json();
  const db = makeAdmin();
  const { error } = await db
    .from("profiles")
    .update({ display_name: displayName, bio, avatar_url: avatarUrl })
    .eq("id", userId);
  if (error) return NextResponse.json({ error: error.message }, { status: 400 });
  return NextResponse.json({ ok: true });
}
