import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";

export async function POST(req: Request) {
  const { userId, avatarUrl } = await req.json();
  const db = getDb();
  const { error } = await db.from("profiles").update({ avatar_url: avatarUrl }).eq("id", userId);
  if (error) return NextResponse.json({ error: error.message }, { status: 400 });
  return NextResponse.json({ ok: true });
}
