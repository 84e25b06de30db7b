import { NextRequest, NextResponse } from "next/server";
import { sql } from "drizzle-orm";
import { db } from "@/src/db";
import { getSessionUser } from "@/lib/session";

export async function GET(req: NextRequest) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const status = req.nextUrl.searchParams.get("status") ?? "open";
  const rows = await db.execute(
    sql`select id, subject, status, updated_at from tickets where requester_id = ${user.id} and ${sql.raw(`status = '${status}'`)} order by updated_at desc`
  );
  return NextResponse.json(rows.rows);
}
