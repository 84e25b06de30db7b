import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export async function GET(req: Request) {
  const url = new URL(req.url);
  const sort = url.searchParams.get("sort") ?? "posted_at";
  const dir = url.searchParams.get("dir") === "asc" ? "ASC" : "DESC";
  const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));

  const jobs = await prisma.$queryRawUnsafe(
    `SELECT id, title, company, location, salary_min, salary_max, posted_at
     FROM "Job"
     WHERE published = true
     ORDER BY ${sort} ${dir}
     LIMIT 20 OFFSET ${(page - 1) * 20}`
  );

  return NextResponse.json(jobs);
}
