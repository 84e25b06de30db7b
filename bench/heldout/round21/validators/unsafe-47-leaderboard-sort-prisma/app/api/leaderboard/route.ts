import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET(req: Request) {
  const url = new URL(req.url);
  const sort = url.searchParams.get("sort") ?? "rating";
  const dir = url.searchParams.get("dir") ?? "desc";
  const limit = url.searchParams.get("limit") ?? "25";
  const players = await prisma.$queryRawUnsafe(
    "SELECT id, name, rating, wins, losses FROM \"Player\" ORDER BY " + sort + " " + dir + " LIMIT " + limit,
  );
  return NextResponse.json(players);
}
