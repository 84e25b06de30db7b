import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return Response.json({ error: "Unauthorized" }, { status: 401 });
  const days = Math.min(Number(new URL(req.url).searchParams.get("days") ?? 30), 365);
  const since = new Date(Date.now() - days * 86400000);
  const rows = await prisma.$queryRaw`
    SELECT date_trunc('day', "createdAt") AS day, count(*)::int AS total
    FROM "Expense"
    WHERE "userId" = ${session.user.id} AND "createdAt" >= ${since}
    GROUP BY 1 ORDER BY 1`;
  return Response.json(rows);
}
