import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET(req: Request) {
  const url = new URL(req.url);
  const sort = url.searchParams.get("sort") ?? "posted_at";
  const dir = url.searchParams.get("dir") ?? "desc";
  const city = url.searchParams.get("city") ?? "";

  const jobs = await prisma.$queryRawUnsafe(
    `SELECT id, title, company, city, salary_min, salary_max
       FROM "Job"
      WHERE is_open = true AND city ILIKE '%${city}%'
      ORDER BY ${sort} ${dir}
      LIMIT 100`
  );
  return NextResponse.json(jobs);
}
