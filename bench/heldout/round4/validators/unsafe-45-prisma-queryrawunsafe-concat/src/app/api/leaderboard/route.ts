import { NextResponse } from "next/server";
import { getLeaderboard } from "@/server/leaderboard";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const season = url.searchParams.get("season") ?? "2024";
  const rows = await getLeaderboard(season);
  return NextResponse.json(rows);
}
