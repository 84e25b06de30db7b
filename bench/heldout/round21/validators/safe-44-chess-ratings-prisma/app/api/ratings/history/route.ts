import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET(req: Request) {
  const url = new URL(req.url);
  const playerId = url.searchParams.get("player") ?? "";
  const days = Math.min(365, Math.max(1, Number(url.searchParams.get("days") ?? 30)));
  const rows: { day: Date; rating: number }[] = await prisma.$queryRaw`
    SELECT date_trunc('day', "playedAt") AS day, max("ratingAfter") AS rating
    FROM "Game"
    WHERE "playerId" = ${playerId} AND "playedAt" > now() - (${days} * interval '1 day')
    GROUP BY 1 ORDER BY 1`;
  return NextResponse.json(rows);
}
