import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const from = new Date(searchParams.get("from") ?? Date.now() - 30 * 86400000);
  const country = searchParams.get("country") ?? "US";

  const rows: { day: Date; signups: bigint }[] = await prisma.$queryRaw`
    SELECT date_trunc('day', "createdAt") AS day, count(*) AS signups
    FROM "Signup"
    WHERE "createdAt" >= ${from} AND country = ${country}
    GROUP BY 1 ORDER BY 1`;

  return NextResponse.json(rows.map((r) => ({ day: r.day, signups: Number(r.signups) })));
}
