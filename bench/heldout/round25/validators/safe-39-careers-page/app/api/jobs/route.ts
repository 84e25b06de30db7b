import { NextRequest, NextResponse } from "next/server";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { jobs } from "@/db/schema";

const SORTS = {
  posted: jobs.postedAt,
  salary: jobs.salaryMin,
  title: jobs.title,
} as const;

export async function GET(req: NextRequest) {
  const p = req.nextUrl.searchParams;
  const key = (p.get("sort") ?? "posted") as keyof typeof SORTS;
  const column = SORTS[key] ?? jobs.postedAt;
  const location = p.get("location");

  const rows = await db
    .select()
    .from(jobs)
    .where(location ? eq(jobs.location, location) : undefined)
    .orderBy(desc(column))
    .limit(100);
  return NextResponse.json(rows);
}
