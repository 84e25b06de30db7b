import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const category = req.nextUrl.searchParams.get("category") ?? "all";
  const items = await prisma.$queryRawUnsafe(
    `SELECT id, sku, name, qty FROM "Item" WHERE "ownerId" = '${session.user.id}' AND category = '${category}'`
  );
  return NextResponse.json(items);
}
