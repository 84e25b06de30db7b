import { NextResponse } from "next/server";
import { query } from "@/lib/db";

export async function GET() {
  const rows = await query<{ path: string; views: number }>(
    "select path, count(*)::int as views from pageviews where at > now() - interval '7 days' group by path order by views desc limit 20"
  );
  return NextResponse.json(rows);
}
