import { NextRequest, NextResponse } from "next/server";
import { sql } from "drizzle-orm";
import { db } from "@/db";

export async function GET(req: NextRequest) {
  const p = req.nextUrl.searchParams;
  const orderBy = p.get("orderBy") ?? "posted_at";
  const location = p.get("location") ?? "";

  const where = location ? sql.raw(`where location = '${location}'`) : sql.raw("");
  const result = await db.execute(
    sql`select id, title, company, location, salary_min, salary_max from jobs ${where} order by ${sql.raw(orderBy)} desc limit 100`
  );
  return NextResponse.json(result.rows);
}
