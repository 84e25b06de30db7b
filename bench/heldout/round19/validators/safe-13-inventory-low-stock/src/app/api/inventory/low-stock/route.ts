import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const threshold = Number(req.nextUrl.searchParams.get("below") ?? 5);
  const items = await prisma.$queryRaw`
    SELECT id, sku, name, qty FROM "Item"
    WHERE "ownerId" = ${session.user.id} AND qty < ${threshold}
    ORDER BY qty ASC`;
  return NextResponse.json(items);
}
