import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/pg";

export async function GET(req: NextRequest) {
  const sp = req.nextUrl.searchParams;
  const sort = sp.get("sort") ?? "rating";
  const dir = sp.get("dir") === "asc" ? "ASC" : "DESC";
  const season = sp.get("season") ?? "2024";

  const query = `
    SELECT p.id, p.display_name, s.rating, s.wins, s.losses
    FROM players p
    JOIN season_stats s ON s.player_id = p.id
    WHERE s.season = $1
    ORDER BY ${sort} ${dir}
    LIMIT 50`;

  const { rows } = await pool.query(query, [season]);
  return NextResponse.json(rows);
}
