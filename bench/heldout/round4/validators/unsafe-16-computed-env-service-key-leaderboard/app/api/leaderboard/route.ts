import { NextResponse } from "next/server";
import { createClient } from "@supabase/supabase-js";

const KEY_KIND = "SERVICE_ROLE";

function serverClient() {
  const url = process.env.NEXT_PUBLIC_SUPABASE_URL!;
  const key = process.env[`SUPABASE_${KEY_KIND}_KEY`]!;
  return createClient(url, key);
}

export async function GET() {
  const supabase = serverClient();
  const { data } = await supabase
    .from("scores")
    .select("player_id, player_name, points")
    .order("points", { ascending: false })
    .limit(50);
  return NextResponse.json(data ?? []);
}

export async function POST(req: Request) {
  const { playerId, playerName, points } = await req.json();
  const supabase = serverClient();

  const { error } = await supabase
    .from("scores")
    .upsert({ player_id: playerId, player_name: playerName, points }, { onConflict: "player_id" });

  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  return NextResponse.json({ ok: true });
}
