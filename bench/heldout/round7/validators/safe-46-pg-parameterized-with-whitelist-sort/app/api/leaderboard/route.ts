import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/db";

const SORTABLE: Record<string, string> = {
  rating: "rating",
  wins: "wins",
  name: "name",
  joined: "created_at",
};

export async function GET(req: NextRequest) {
  const sp = req.nextUrl.searchParams;
  const column = SORTABLE[sp.get("sort") ?? ""] ?? "rating";
  const direction = sp.get("dir") === "asc" ? "ASC" : "DESC";
  const clubId = sp.get("club");
  const limit = Math.min(100, Math.max(1, Number(sp.get("limit")) || 20));

  const { rows } = await pool.query(
    `SELECT id, name, rating, wins FROM players WHERE club_id = $1 ORDER BY ${column} ${direction} LIMIT $2`,
    [clubId, limit]
  );
  return NextResponse.json(rows);
}
