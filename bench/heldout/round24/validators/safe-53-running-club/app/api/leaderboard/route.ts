import { NextRequest, NextResponse } from "next/server";
import { sql } from "drizzle-orm";
import { db } from "@/src/db";

export async function GET(req: NextRequest) {
  const clubId = req.nextUrl.searchParams.get("club") ?? "";
  const days = Number(req.nextUrl.searchParams.get("days") ?? "30") || 30;
  const result = await db.execute(sql`
    select r.display_name, sum(a.distance_km) as km
      from activities a
      join runners r on r.id = a.runner_id
     where r.club_id = ${clubId}
       and r.public_profile = true
       and a.started_at > now() - make_interval(days => ${days})
     group by r.display_name
     order by km desc
     limit 25`);
  return NextResponse.json(result.rows);
}
