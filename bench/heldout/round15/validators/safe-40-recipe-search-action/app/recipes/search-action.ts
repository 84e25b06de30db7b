"use server";

import { z } from "zod";
import { prisma } from "@/lib/prisma";

const Query = z.string().trim().max(100);

export async function searchPublicRecipes(raw: string) {
  const q = Query.parse(raw);
  return prisma.recipe.findMany({
    where: {
      published: true,
      OR: [
        { title: { contains: q, mode: "insensitive" } },
        { tags: { has: q.toLowerCase() } },
      ],
    },
    select: { id: true, title: true, slug: true, coverUrl: true },
    take: 24,
    orderBy: { createdAt: "desc" },
  });
}
