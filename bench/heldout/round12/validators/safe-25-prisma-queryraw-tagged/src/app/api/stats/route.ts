import { NextResponse } from "next/server";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  const url = new URL(req.url);
  const from = new Date(url.searchParams.get("from") ?? Date.now() - 30 * 864e5);
  const to = new Date(url.searchParams.get("to") ?? Date.now());
  const category = url.searchParams.get("category");

  const categoryFilter = category ? Prisma.sql`AND category = ${category}` : Prisma.empty;

  type DayTotal = { day: Date; total: number };
  const rows: DayTotal[] = await prisma.$queryRaw`
    SELECT date_trunc('day', spent_at) AS day, SUM(amount)::float AS total
    FROM "Expense"
    WHERE user_id = ${session.user.id}
      AND spent_at BETWEEN ${from} AND ${to}
      ${categoryFilter}
    GROUP BY 1
    ORDER BY 1`;

  return NextResponse.json(rows);
}
