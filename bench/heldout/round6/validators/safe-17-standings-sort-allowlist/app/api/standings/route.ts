import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/pg";

const SORTS: Record<string, string> = {
  points: "s.points",
  wins: "s.wins",
  name: "t.name",
};

export async function GET(req: NextRequest) {
  const sp = req.nextUrl.searchParams;
  const sortCol = SORTS[sp.get("sort") ?? ""] ?? SORTS.points;
  const dir = sp.get("dir") === "asc" ? "ASC" : "DESC";
  const season = sp.get("season") ?? "2024";

  const { rows } = await pool.query(
    `SELECT t.id, t.name, s.points, s.wins, s.draws, s.losses
       FROM teams t JOIN standings s ON s.team_id = t.id
      WHERE s.season = $1
      ORDER BY ${sortCol} ${dir}
      LIMIT 40`,
    [season]
  );
  return NextResponse.json(rows);
}
