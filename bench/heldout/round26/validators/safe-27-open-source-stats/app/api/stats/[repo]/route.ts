import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

export const revalidate = 300;

export async function GET(_req: Request, { params }: { params: Promise<{ repo: string }> }) {
  const { repo } = await params;

  const weekly: { week: Date; stars: number }[] = await prisma.$queryRaw`
    SELECT date_trunc('week', starred_at) AS week, COUNT(*)::int AS stars
      FROM "Star"
     WHERE repo_slug = ${repo}
     GROUP BY 1
     ORDER BY 1 DESC
     LIMIT 26`;

  return NextResponse.json({ repo, weekly });
}
