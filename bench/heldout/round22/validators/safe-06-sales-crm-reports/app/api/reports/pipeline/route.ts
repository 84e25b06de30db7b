import { NextRequest, NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/prisma";

export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const stage = req.nextUrl.searchParams.get("stage") ?? "open";
  const since = new Date(req.nextUrl.searchParams.get("since") ?? "2024-01-01");

  const rows: { month: Date; total: number }[] = await prisma.$queryRaw`
    SELECT date_trunc('month', "closedAt") AS month, sum("amountCents")::int AS total
      FROM "Deal"
     WHERE "ownerId" = ${session.user.id} AND stage = ${stage} AND "closedAt" >= ${since}
     GROUP BY 1 ORDER BY 1`;

  return NextResponse.json(rows);
}
