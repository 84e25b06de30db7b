import { NextRequest, NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/prisma";

export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session?.user?.teamId) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const from = req.nextUrl.searchParams.get("from") ?? "2024-01-01";
  const to = req.nextUrl.searchParams.get("to") ?? new Date().toISOString().slice(0, 10);
  const groupBy = req.nextUrl.searchParams.get("groupBy") === "week" ? "week" : "month";

  const rows = await prisma.$queryRawUnsafe<{ period: Date; revenue: number }[]>(`
    SELECT date_trunc('${groupBy}', "createdAt") AS period, SUM("amountCents") / 100.0 AS revenue
    FROM "Payment"
    WHERE "teamId" = '${session.user.teamId}'
      AND "createdAt" BETWEEN '${from}' AND '${to}'
    GROUP BY 1
    ORDER BY 1
  `);

  return NextResponse.json(rows);
}
