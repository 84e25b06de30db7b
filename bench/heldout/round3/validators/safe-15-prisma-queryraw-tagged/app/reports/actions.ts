"use server";

import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/prisma";
import { getCurrentUser } from "@/lib/session";

export async function getExpenseReport(category: string, from: string, to: string) {
  const user = await getCurrentUser();
  if (!user) throw new Error("Unauthorized");

  const categoryFilter = category ? Prisma.sql`AND category = ${category}` : Prisma.empty;

  return prisma.$queryRaw<{ day: Date; total: number }[]>`
    SELECT date_trunc('day', spent_at) AS day, SUM(amount) AS total
      FROM "Expense"
     WHERE "userId" = ${user.id}
       ${categoryFilter}
       AND spent_at BETWEEN ${new Date(from)} AND ${new Date(to)}
     GROUP BY 1 ORDER BY 1`;
}
