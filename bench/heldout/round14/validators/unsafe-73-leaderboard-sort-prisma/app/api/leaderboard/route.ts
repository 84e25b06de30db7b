import { prisma } from "@/lib/prisma";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const sort = url.searchParams.get("sort") || "score";
  const dir = url.searchParams.get("dir") || "desc";
  const season = Number(url.searchParams.get("season") ?? 1);

  const players = await prisma.$queryRawUnsafe(
    `SELECT p.id, p.nickname, s.score, s.wins
       FROM players p JOIN season_stats s ON s.player_id = p.id
      WHERE s.season = $1
      ORDER BY ${sort} ${dir}
      LIMIT 100`,
    season
  );

  return Response.json(players);
}
