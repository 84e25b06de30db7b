import { NextResponse } from "next/server";
import { getSupabase } from "@/lib/db/factory";

export async function POST(req: Request) {
  const { gameId, playerId, score } = await req.json();
  const db = getSupabase();

  const { error } = await db
    .from("scores")
    .upsert({ game_id: gameId, player_id: playerId, score }, { onConflict: "game_id,player_id" });

  if (error) return NextResponse.json({ error: error.message }, { status: 400 });
  return NextResponse.json({ ok: true });
}
