import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/prisma";

export async function searchArticles(term: string, tagId?: string) {
  const pattern = `%${term.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
  const tagFilter = tagId ? Prisma.sql`AND a."tagId" = ${tagId}` : Prisma.empty;

  const rows: { id: string; title: string }[] = await prisma.$queryRaw`
    SELECT a.id, a.title
    FROM "Article" a
    WHERE a.published = true AND a.title ILIKE ${pattern} ${tagFilter}
    ORDER BY a."publishedAt" DESC
    LIMIT 20
  `;
  return rows;
}
