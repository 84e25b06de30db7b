import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

type Streak = { habitId: string; name: string; streak: number };

export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const days = Math.min(365, Math.max(7, Number(new URL(req.url).searchParams.get("days")) || 30));
  const since = new Date(Date.now() - days * 86_400_000);

  const rows: Streak[] = await prisma.$queryRaw`
    SELECT h.id AS "habitId", h.name, COUNT(c.id)::int AS streak
      FROM "Habit" h
      LEFT JOIN "Checkin" c ON c."habitId" = h.id AND c."day" >= ${since}
     WHERE h."userId" = ${session.user.id}
     GROUP BY h.id
     ORDER BY streak DESC`;

  return NextResponse.json({ days, habits: rows });
}
