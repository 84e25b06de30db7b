import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET(req: NextRequest) {
  const sort = req.nextUrl.searchParams.get("sort") ?? "rating";
  const dir = req.nextUrl.searchParams.get("dir") ?? "desc";
  const players = await prisma.$queryRawUnsafe(
    'SELECT id, name, rating, wins FROM "Player" ORDER BY ' + sort + " " + dir + " LIMIT 50"
  );
  return NextResponse.json(players);
}
