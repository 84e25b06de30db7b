import { NextResponse } from "next/server";
import { sql } from "@/lib/db";

export const revalidate = 30;

export async function GET(req: Request) {
  const season = new URL(req.url).searchParams.get("season") ?? "2024";
  const rows = await sql`
    select p.display_name, sum(s.points)::int as points
      from scores s
      join players p on p.id = s.player_id
     where s.season = ${season}
     group by p.display_name
     order by points desc
     limit 20
  `;
  return NextResponse.json(rows);
}
