import { NextRequest, NextResponse } from "next/server";
import { Prisma } from "@prisma/client";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/prisma";

export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session?.user?.teamId) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const from = new Date(req.nextUrl.searchParams.get("from") ?? "2024-01-01");
  const to = new Date(req.nextUrl.searchParams.get("to") ?? Date.now());
  const unit = req.nextUrl.searchParams.get("groupBy") === "week" ? Prisma.sql`'week'` : Prisma.sql`'month'`;

  const rows = await prisma.$queryRaw<{ period: Date; revenue: number }[]>`
    SELECT date_trunc(${unit}, "createdAt") AS period, SUM("amountCents") / 100.0 AS revenue
    FROM "Payment"
    WHERE "teamId" = ${session.user.teamId}
      AND "createdAt" BETWEEN ${from} AND ${to}
    GROUP BY 1
    ORDER BY 1
  `;

  return NextResponse.json(rows);
}
