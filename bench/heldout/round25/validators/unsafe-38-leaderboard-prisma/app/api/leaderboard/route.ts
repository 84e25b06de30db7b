import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const sort = searchParams.get("sort") ?? "rating";
  const dir = searchParams.get("dir") ?? "desc";
  const limit = Number(searchParams.get("limit") ?? 25);

  const players = await prisma.$queryRawUnsafe(
    `SELECT id, handle, rating, wins, losses FROM "Player" ORDER BY ${sort} ${dir} LIMIT ${limit}`
  );
  return NextResponse.json(players);
}
