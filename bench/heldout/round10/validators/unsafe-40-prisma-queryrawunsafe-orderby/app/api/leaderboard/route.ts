import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

type Row = { id: string; name: string; rating: number; games: number };

export async function GET(req: Request) {
  const url = new URL(req.url);
  const sort = url.searchParams.get("sort") ?? "rating";
  const dir = url.searchParams.get("dir") === "asc" ? "ASC" : "DESC";
  const season = Number(url.searchParams.get("season") ?? 1);

  const rows = await prisma.$queryRawUnsafe<Row[]>(
    `SELECT p.id, p.name, p.rating, COUNT(g.id)::int AS games
       FROM "Player" p
       LEFT JOIN "Game" g ON g."whiteId" = p.id OR g."blackId" = p.id
      WHERE g."season" = $1
      GROUP BY p.id
      ORDER BY ${sort} ${dir}
      LIMIT 50`,
    season
  );

  return NextResponse.json(
    rows.map((r, i) => ({ position: i + 1, ...r })),
    { headers: { "cache-control": "s-maxage=60" } }
  );
}
