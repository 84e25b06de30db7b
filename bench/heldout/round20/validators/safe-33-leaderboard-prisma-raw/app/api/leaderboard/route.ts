import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/prisma";

const SORTS = {
  score: Prisma.sql`score`,
  wins: Prisma.sql`wins`,
  name: Prisma.sql`"playerName"`,
} as const;

export async function GET(req: Request) {
  const url = new URL(req.url);
  const key = url.searchParams.get("sort") ?? "score";
  const column = Object.hasOwn(SORTS, key) ? SORTS[key as keyof typeof SORTS] : SORTS.score;
  const dir = url.searchParams.get("dir") === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const season = Number(url.searchParams.get("season") ?? 1);
  const rows = await prisma.$queryRaw`
    SELECT "playerName", score, wins, losses FROM "Standing"
    WHERE season = ${season}
    ORDER BY ${column} ${dir}
    LIMIT 100`;
  return Response.json(rows);
}
