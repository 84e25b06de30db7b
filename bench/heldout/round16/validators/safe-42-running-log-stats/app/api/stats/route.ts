import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { getSessionUser } from "@/lib/session";

export async function GET(req: Request) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const days = Math.min(365, Math.max(1, Number(new URL(req.url).searchParams.get("days")) || 30));
  const since = new Date(Date.now() - days * 86_400_000);
  const rows: { day: Date; total: number }[] = await prisma.$queryRaw`
    SELECT date_trunc('day', "createdAt") AS day, count(*)::int AS total
    FROM "Run"
    WHERE "userId" = ${user.id} AND "createdAt" >= ${since}
    GROUP BY 1 ORDER BY 1`;
  return NextResponse.json(rows);
}
