import { Prisma } from "@prisma/client";
import { prisma } from "./prisma";

export async function streakFor(userId: string, habitId: string) {
  const rows: { day: Date }[] = await prisma.$queryRaw`
    SELECT checked_on AS day
    FROM "HabitCheckin"
    WHERE "userId" = ${userId} AND "habitId" = ${habitId}
    ORDER BY checked_on DESC
    LIMIT 365
  `;
  return rows;
}

export async function countByIds(ids: string[]) {
  return prisma.$queryRaw`SELECT count(*) FROM "Habit" WHERE id IN (${Prisma.join(ids)})`;
}
