import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const from = new Date(req.nextUrl.searchParams.get("from") ?? Date.now() - 30 * 864e5);
  const category = req.nextUrl.searchParams.get("category") ?? "%";

  const rows: { day: Date; total: number }[] = await prisma.$queryRaw`
    SELECT date_trunc('day', "spentAt") AS day, SUM(amount)::float AS total
    FROM "Expense"
    WHERE "userId" = ${session.user.id}
      AND "spentAt" >= ${from}
      AND category LIKE ${category}
    GROUP BY 1
    ORDER BY 1`;

  return NextResponse.json(rows);
}
