"use server";

import { prisma } from "@/lib/prisma";
import { getCurrentUser } from "@/lib/session";

export async function getExpenseReport(category: string, from: string, to: string) {
  const user = await getCurrentUser();
  if (!user) throw new Error("Unauthorized");

  const rows = await prisma.$queryRawUnsafe<{ day: string; total: number }[]>(
    `SELECT date_trunc('day', spent_at) AS day, SUM(amount) AS total
       FROM "Expense"
      WHERE "userId" = '${user.id}'
        AND category = '${category}'
        AND spent_at BETWEEN '${from}' AND '${to}'
      GROUP BY 1 ORDER BY 1`
  );
  return rows;
}
