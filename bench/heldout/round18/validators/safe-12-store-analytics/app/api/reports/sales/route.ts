import { NextResponse } from "next/server";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user?.storeId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const url = new URL(req.url);
  const from = new Date(url.searchParams.get("from") ?? "2024-01-01");
  const category = url.searchParams.get("category");

  const rows = await prisma.$queryRaw`
    SELECT date_trunc('day', "createdAt") AS day, SUM("totalCents") AS total
      FROM "Order"
     WHERE "storeId" = ${session.user.storeId}
       AND "createdAt" >= ${from}
       ${category ? Prisma.sql`AND "category" = ${category}` : Prisma.empty}
     GROUP BY 1 ORDER BY 1`;
  return NextResponse.json(rows);
}
