import { NextRequest, NextResponse } from "next/server";
import { query } from "@/lib/db";

export const dynamic = "force-dynamic";

async function handler(req: NextRequest) {
  const { playerId, score, clubId } = await req.json();

  if (typeof score !== "number" || score < 0) {
    return NextResponse.json({ error: "Invalid score" }, { status: 400 });
  }

  const rows = await query(
    `insert into scores (player_id, club_id, score)
     values ($1, $2, $3)
     on conflict (player_id, club_id) do update set score = excluded.score, updated_at = now()
     returning *`,
    [playerId, clubId, score]
  );

  return NextResponse.json(rows[0]);
}

export async function GET(req: NextRequest) {
  const clubId = req.nextUrl.searchParams.get("club");
  const rows = await query(
    "select player_id, score from scores where club_id = $1 order by score desc limit 20",
    [clubId]
  );
  return NextResponse.json(rows);
}

export { handler as POST, handler as PUT };
