import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });

  const days = Math.min(365, Math.max(7, Number(new URL(req.url).searchParams.get("days") ?? 30)));
  const since = new Date(Date.now() - days * 86_400_000);
  const userId = session.user.id;

  const rows: { day: Date; done: bigint }[] = await prisma.$queryRaw`
    SELECT date_trunc('day', "completedAt") AS day, count(*) AS done
    FROM "Checkin"
    WHERE "userId" = ${userId} AND "completedAt" >= ${since}
    GROUP BY 1
    ORDER BY 1
  `;
  return NextResponse.json(rows.map((r) => ({ day: r.day, done: Number(r.done) })));
}
