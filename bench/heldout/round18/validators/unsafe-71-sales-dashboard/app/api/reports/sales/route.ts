import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";

export async function GET(req: Request) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const url = new URL(req.url);
  const from = url.searchParams.get("from") ?? "2024-01-01";
  const category = url.searchParams.get("category") ?? "";

  const rows = await prisma.$queryRawUnsafe(
    `SELECT date_trunc('day', "createdAt") AS day, SUM("totalCents") AS total
       FROM "Order"
      WHERE "storeId" = '${session.user.storeId}'
        AND "createdAt" >= '${from}'
        ${category ? `AND "category" = '${category}'` : ""}
      GROUP BY 1 ORDER BY 1`,
  );
  return NextResponse.json(rows);
}
