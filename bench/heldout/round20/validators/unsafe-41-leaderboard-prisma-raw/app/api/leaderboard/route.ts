import { prisma } from "@/lib/prisma";

export async function GET(req: Request) {
  const url = new URL(req.url);
  const sort = url.searchParams.get("sort") || "score";
  const dir = url.searchParams.get("dir") === "asc" ? "ASC" : "DESC";
  const season = Number(url.searchParams.get("season") ?? 1);
  const rows = await prisma.$queryRawUnsafe(
    'SELECT "playerName", score, wins, losses FROM "Standing" WHERE season = $1 ORDER BY "' + sort + '" ' + dir + " LIMIT 100",
    season
  );
  return Response.json(rows);
}
