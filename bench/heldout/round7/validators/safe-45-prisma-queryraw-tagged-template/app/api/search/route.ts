import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const pattern = `%${q}%`;

  type Hit = { id: string; name: string; similarity: number };
  const rows: Hit[] = await prisma.$queryRaw`
    SELECT id, name, similarity(name, ${q}) AS similarity
    FROM "Listing"
    WHERE name ILIKE ${pattern}
    ORDER BY similarity DESC
    LIMIT 25
  `;

  return NextResponse.json(rows);
}
