"use server";

import { z } from "zod";
import { prisma } from "@/lib/prisma";

const Query = z.string().trim().max(80);

export async function searchProducts(raw: string) {
  const q = Query.parse(raw);
  if (!q) return [];
  return prisma.product.findMany({
    where: { published: true, name: { contains: q, mode: "insensitive" } },
    select: { id: true, name: true, priceCents: true, imageUrl: true },
    take: 20,
  });
}
