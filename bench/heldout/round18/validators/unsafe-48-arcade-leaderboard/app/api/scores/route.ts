import { NextResponse } from "next/server";
import { getDb } from "@/server/db";

export async function POST(req: Request) {
  const { playerId, score, game } = await req.json();
  const db = getDb();
  const { data, error } = await db
    .from("scores")
    .insert({ player_id: playerId, score: Number(score), game })
    .select()
    .single();
  if (error) return NextResponse.json({ error: error.message }, { status: 400 });
  return NextResponse.json(data);
}
